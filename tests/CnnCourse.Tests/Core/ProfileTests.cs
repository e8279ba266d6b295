namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class ProfileTests
{
    [Theory]
    [InlineData(null, RunProfile.Quick)]
    [InlineData("", RunProfile.Quick)]
    [InlineData("quick", RunProfile.Quick)]
    [InlineData(" FULL ", RunProfile.Full)]
    public void Parses_the_profile(string? value, RunProfile expected) => Assert.Equal(expected, Profile.Parse(value));

    [Fact]
    public void Refuses_an_unknown_profile_naming_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => Profile.Parse("fast"));
        Assert.Contains("'quick' or 'full'", e.Message);
    }
}
