using System.Collections;

namespace CnnCourse.Training;

/// <summary>The epochs of one training run, in order. Notebooks plot it with <c>Charts.TrainingCurves(history)</c>.</summary>
public sealed class TrainingHistory : IReadOnlyList<EpochResult>
{
    readonly List<EpochResult> epochs = [];

    public string Name { get; }
    public TrainingHistory(string name = "model") => Name = name;

    public void Add(EpochResult epoch) => epochs.Add(epoch);
    public EpochResult this[int index] => epochs[index];
    public int Count => epochs.Count;
    public EpochResult Last => epochs.Count > 0 ? epochs[^1] : throw new InvalidOperationException("no epoch has run yet");
    public IEnumerator<EpochResult> GetEnumerator() => epochs.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
