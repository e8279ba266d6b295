using System.Runtime.CompilerServices;

namespace CnnCourse.Tests.Support;

static class TestSetup
{
    /// <summary>Loads TorchSharp's natives by absolute path before any test touches torch (see TorchRuntime).</summary>
    [ModuleInitializer]
    internal static void LoadTorch() => TorchRuntime.EnsureLoaded();
}
