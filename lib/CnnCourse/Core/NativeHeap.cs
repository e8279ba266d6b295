using System.Runtime.InteropServices;

namespace CnnCourse;

/// <summary>
/// glibc's heap, where libtorch's CPU tensors live (its CPU allocator is plain malloc): how much of it is in use, and
/// giving its free pages back to the system. Where the C library is not glibc, in-use reads 0 and nothing is given back.
/// <para>
/// Why the Trainer checks after every epoch: glibc serves each thread that allocates (the one running the loop,
/// libtorch's OpenMP workers) from an arena of its own, and in arenas other than the main one, multi-megabyte
/// activations freed between small long-lived blocks leave holes that the next batch's blocks do not always fit.
/// The process can then grow while the memory in use stays flat. malloc_trim gives the free pages inside every arena
/// back, but trimming when nothing has piled up costs speed: the next batches fault the pages back in. So
/// <see cref="ReleaseFreePagesIfGrown"/> trims only once the process has grown by <see cref="AllowedGrowthBytes"/> since
/// the last time. The measurements behind this are in docs/platform-notes.md ("Fragmented memory").
/// </para>
/// </summary>
public static class NativeHeap
{
    /// <summary>Bytes malloc has handed out and not yet had back (all arenas, plus blocks mmapped on their own).</summary>
    public static long InUseBytes()
    {
        try
        {
            var info = mallinfo2();
            return (long)(info.uordblks + info.hblkhd);
        }
        catch (EntryPointNotFoundException)
        {
            return 0;   // not glibc (or older than 2.33)
        }
    }

    /// <summary>How far the process may grow past its size after the last trim before the next one.</summary>
    public const long AllowedGrowthBytes = 256L << 20;

    static long sizeAfterLastTrim;

    /// <summary>
    /// Gives free pages back (<see cref="ReleaseFreePages"/>) when the process has grown by more than
    /// <see cref="AllowedGrowthBytes"/> since the last trim (or since the first call); returns whether it trimmed.
    /// </summary>
    public static bool ReleaseFreePagesIfGrown()
    {
        long size = Environment.WorkingSet;
        long baseline = Interlocked.CompareExchange(ref sizeAfterLastTrim, size, 0);
        if (baseline == 0 || size - baseline <= AllowedGrowthBytes) return false;
        ReleaseFreePages();
        Interlocked.Exchange(ref sizeAfterLastTrim, Environment.WorkingSet);
        return true;
    }

    /// <summary>Gives the free pages of every glibc arena back to the system (what is in use stays where it is).</summary>
    public static void ReleaseFreePages()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            malloc_trim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // not glibc: its allocator manages its own memory
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    struct MallInfo2
    {
        public nuint arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
    }

    [DllImport("libc")]
    static extern MallInfo2 mallinfo2();

    [DllImport("libc")]
    static extern int malloc_trim(nuint pad);
}
