using System.Globalization;
using TorchSharp;

namespace CnnCourse;

/// <summary>
/// Seeds every random number generator torch uses, so that runs repeat exactly on one CPU. Every seed the course sets
/// is shifted by 1000 times <see cref="Settings.Seed"/> (CNN_SEED, default 0), so the same notebook can be run under
/// other seeds to see how far a training result moves; the factor keeps a notebook's own seeds (0, 1, 2 ...) from
/// meeting those of another CNN_SEED.
/// </summary>
public static class Reproducibility
{
    public static void Seed(long seed)
    {
        TorchRuntime.EnsureLoaded();
        long shifted = Shifted(seed);
        torch.manual_seed(shifted);
        if (torch.cuda.is_available()) torch.cuda.manual_seed_all(shifted);
    }

    /// <summary><paramref name="seed"/> plus 1000 times CNN_SEED.</summary>
    public static long Shifted(long seed) => checked(seed + 1000 * Offset);

    /// <summary>CNN_SEED as a whole number from 0 to 1,000,000; anything else is an error that names the variable.</summary>
    public static long Offset
    {
        get
        {
            var text = Settings.Seed.Value;
            if (string.IsNullOrWhiteSpace(text)) return 0;
            if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long offset) || offset > 1_000_000)
                throw new ArgumentException($"{Settings.Seed.Name}='{text}': expected a whole number from 0 to 1000000");
            return offset;
        }
    }
}
