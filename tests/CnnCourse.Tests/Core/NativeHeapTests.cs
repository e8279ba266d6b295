using static TorchSharp.torch;

namespace CnnCourse.Tests.Core;

/// <summary>Counts whole-process memory, so it runs in the non-parallel "memory" collection.</summary>
[Trait("Category", "unit")]
[Collection("memory")]
public class NativeHeapTests
{
    const long Mb = 1_000_000;

    [Fact]
    public void In_use_bytes_count_a_tensor_until_it_is_disposed()
    {
        TorchRuntime.EnsureLoaded();
        long before = NativeHeap.InUseBytes();
        var big = ones(50_000_000, dtype: ScalarType.Float32);   // 200 MB
        long with = NativeHeap.InUseBytes();
        big.Dispose();
        long after = NativeHeap.InUseBytes();
        Assert.InRange(with - before, 190 * Mb, 260 * Mb);
        Assert.InRange(with - after, 190 * Mb, 260 * Mb);
    }

    [Fact]
    public void Release_free_pages_gives_freed_heap_memory_back()
    {
        TorchRuntime.EnsureLoaded();
        // Many 4 MB tensors come from the heap (CpuTuning raises the mmap threshold to 32 MB); one kept at the end
        // pins the heap's top, so glibc's own trimming cannot return the freed ones below it.
        var blocks = Enumerable.Range(0, 60).Select(_ => ones(1_000_000, dtype: ScalarType.Float32)).ToList();
        var pin = ones(1_000, dtype: ScalarType.Float32);
        foreach (var b in blocks) b.Dispose();
        long rssBefore = Environment.WorkingSet;
        NativeHeap.ReleaseFreePages();
        long rssAfter = Environment.WorkingSet;
        pin.Dispose();
        Assert.True(rssBefore - rssAfter > 150 * Mb, $"RSS {rssBefore / Mb} MB before, {rssAfter / Mb} MB after");
    }
}
