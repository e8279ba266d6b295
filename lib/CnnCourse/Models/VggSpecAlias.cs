// VggSpec is now VggConfig, like every model's settings (ResNetConfig, SmallResNetConfig, UNetConfig, ...).
// Benchmarks/BenchModel.cs still says VggSpec and is being changed elsewhere at the moment; this project-wide alias
// keeps it compiling until it says VggConfig, and then goes. It is not visible outside this project.
global using VggSpec = CnnCourse.Models.VggConfig;
