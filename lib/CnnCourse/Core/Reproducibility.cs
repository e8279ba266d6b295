using TorchSharp;

namespace CnnCourse;

/// <summary>Seeds every random number generator torch uses, so that runs repeat exactly on the CPU.</summary>
public static class Reproducibility
{
    public static void Seed(long seed)
    {
        TorchRuntime.EnsureLoaded();
        torch.manual_seed(seed);
        if (torch.cuda.is_available()) torch.cuda.manual_seed_all(seed);
    }
}
