namespace CnnCourse;

/// <summary>Records at build time which TorchSharp backend ("cpu" or "cuda") this library was built with.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildInfoAttribute(string backend) : Attribute
{
    public string Backend { get; } = backend;
}
