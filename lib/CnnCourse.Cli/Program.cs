using CnnCourse.Cli;

// `cnn`: the course's command line. See Commands for the verbs.
return await Commands.RunAsync(args);
