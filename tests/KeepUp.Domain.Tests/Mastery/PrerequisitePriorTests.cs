using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class PrerequisitePriorTests
{
    [Fact]
    public void Adjust_NoEvidence_LeavesPriorUnchanged()
    {
        Assert.Equal(0.2, PrerequisitePrior.Adjust(0.2, []));
        Assert.Equal(0.2, PrerequisitePrior.Adjust(0.2, [new PrerequisiteEvidence(0.9, 0)]));
        Assert.Same(BktParameters.Default, PrerequisitePrior.Adjust(BktParameters.Default, []));
    }

    [Fact]
    public void Adjust_SecurePrerequisites_RaisesPriorByTheDocumentedRule()
    {
        // r = 1, n = 10 → w = 0.3 · 10/20 = 0.15; prior = 0.85 · 0.2 + 0.15 · 1.
        Assert.Equal((0.85 * 0.2) + 0.15, PrerequisitePrior.Adjust(0.2, [new PrerequisiteEvidence(1, 10)]), 12);
    }

    [Fact]
    public void Adjust_ShakyPrerequisites_LowersPrior() =>
        Assert.True(PrerequisitePrior.Adjust(0.4, [new PrerequisiteEvidence(0.1, 8), new PrerequisiteEvidence(0.2, 4)]) < 0.4);

    [Fact]
    public void Adjust_MoreEvidence_MovesFurtherButNeverPastMaxWeight()
    {
        var little = PrerequisitePrior.Adjust(0.2, [new PrerequisiteEvidence(1, 2)]);
        var lots = PrerequisitePrior.Adjust(0.2, [new PrerequisiteEvidence(1, 2000)]);

        Assert.True(little > 0.2 && lots > little);
        Assert.True(lots <= (0.2 * (1 - PrerequisitePrior.MaxWeight)) + PrerequisitePrior.MaxWeight + 1e-12);
    }

    [Fact]
    public void Adjust_WeightsPrerequisitesByTheirAnswers()
    {
        var mostlySecure = PrerequisitePrior.Adjust(0.3, [new PrerequisiteEvidence(1, 9), new PrerequisiteEvidence(0, 1)]);
        var mostlyShaky = PrerequisitePrior.Adjust(0.3, [new PrerequisiteEvidence(1, 1), new PrerequisiteEvidence(0, 9)]);

        Assert.True(mostlySecure > 0.3);
        Assert.True(mostlyShaky < 0.3);
    }

    [Theory]
    [InlineData(1.5, 0.5, 1)]
    [InlineData(0.5, -0.1, 1)]
    [InlineData(0.5, 0.5, -1)]
    public void Adjust_BadInput_IsRefused(double prior, double known, int answers) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PrerequisitePrior.Adjust(prior, [new PrerequisiteEvidence(known, answers)]));
}
