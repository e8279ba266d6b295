using CnnCourse.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class ResidualBlockTests
{
    [Fact]
    public void Identity_shortcut_keeps_the_shape_and_projection_shortcut_changes_it()
    {
        var same = new ResidualBlock(16, 16);
        var down = new ResidualBlock(16, 32, stride: 2);
        Assert.Equal("identity", same.ShortcutKind);
        Assert.Equal("projection", down.ShortcutKind);
        Assert.Equal("projection", new ResidualBlock(16, 32).ShortcutKind);
        Assert.Equal([2L, 16, 14, 14], ModelSummary.Of(same, 2, 16, 14, 14).OutputShape);
        var summary = ModelSummary.Of(down, 2, 16, 14, 14);
        Assert.Equal([2L, 32, 7, 7], summary.OutputShape);
        Assert.Equal([2L, 32, 7, 7], summary.Layer("shortcut").OutputShape);
        // conv 3x3 16->32, conv 3x3 32->32 (no biases: batch norm follows), 1x1 16->32 projection, three batch norms (scale + shift)
        Assert.Equal(9 * 16 * 32 + 9 * 32 * 32 + 16 * 32 + 3 * 2 * 32, summary.TotalParameters);
    }

    [Fact]
    public void With_the_residual_branch_silenced_the_block_passes_its_input_through()
    {
        Reproducibility.Seed(0);
        var block = new ResidualBlock(8, 8);
        block.eval();
        var bn2 = (BatchNorm2d)block.named_modules().First(m => m.name == "bn2").module;
        using (no_grad()) bn2.weight!.zero_();   // F(x) = 0 (its bias is 0 too)
        using var scope = NewDisposeScope();
        var x = randn(2, 8, 6, 6);
        Assert.True(allclose(block.call(x), nn.functional.relu(x), atol: 1e-6));
    }

    [Fact]
    public void The_plain_block_has_the_same_convolutions_and_no_shortcut()
    {
        var plain = new ResidualBlock(8, 8, batchNorm: false, residual: false);
        var residual = new ResidualBlock(8, 8, batchNorm: false);
        Assert.Equal("none", plain.ShortcutKind);
        Assert.Equal(plain.parameters().Sum(p => p.numel()), residual.parameters().Sum(p => p.numel()));
        Assert.Equal(2 * (9 * 8 * 8 + 8), plain.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Inception_resnet_block_adds_the_projected_branches_to_its_input()
    {
        Reproducibility.Seed(0);
        var widths = new InceptionConfig(8, 8, 12, 4, 6, 0);
        var block = new InceptionResNetBlock(16, widths);
        var summary = ModelSummary.Of(block, 1, 16, 10, 10);
        Assert.Equal([1L, 8, 10, 10], summary.Layer("branch1x1").OutputShape);
        Assert.Equal([1L, 12, 10, 10], summary.Layer("branch3x3").OutputShape);
        Assert.Equal([1L, 6, 10, 10], summary.Layer("branch5x5").OutputShape);
        Assert.Equal([1L, 16, 10, 10], summary.Layer("project").OutputShape);
        Assert.Equal([1L, 16, 10, 10], summary.OutputShape);
        Assert.Equal((8 + 12 + 6) * 16 + 16, summary.Layer("project").Parameters);

        block.eval();
        using (no_grad()) { block.Projection.weight!.zero_(); block.Projection.bias!.zero_(); }
        using var scope = NewDisposeScope();
        var x = randn(2, 16, 10, 10);
        Assert.True(allclose(block.call(x), nn.functional.relu(x)));
    }
}
