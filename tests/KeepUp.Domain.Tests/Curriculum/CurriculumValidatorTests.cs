using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Curriculum;

public sealed class CurriculumValidatorTests
{
    private static CurriculumValidation Validate(CurriculumBuilder builder) => CurriculumValidator.Validate(builder.ServingEverything().Build());

    private static string Problems(CurriculumValidation validation) => string.Join("\n", validation.Problems);

    [Fact]
    public void Validate_CompleteCurriculum_BuildsTheMapInTeachingOrder()
    {
        var validation = Validate(CurriculumBuilder.EveryYear()
            .WithBlock(1, 3, "Spring").WithStep("y1-npv-later", "y1-npv-next")
            .WithBlock(1, 2).WithStep("y1-npv-next", "y1-npv-first"));

        Assert.True(validation.IsValid, Problems(validation));
        var year1 = validation.Curriculum!.StepsOf(1).Select(s => s.Id.Value).ToList();
        Assert.Equal(["y1-npv-first", "y1-npv-next", "y1-npv-later"], year1);
        Assert.Equal(["y1-npv-later"], validation.Curriculum.LeadsTo(validation.Curriculum.Find("y1-npv-next")!).Select(s => s.Id.Value));
    }

    [Fact]
    public void Validate_UnknownPrerequisite_NamesFileStepAndId()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithStep("y6-npv-second", "y6-npv-missing"));

        Assert.False(validation.IsValid);
        var problem = Assert.Single(validation.Problems);
        Assert.Equal("y6/npv.yaml: y6-npv-second: Prerequisite 'y6-npv-missing' is not a step.", problem.ToString());
    }

    [Fact]
    public void Validate_PrerequisiteTaughtLater_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear()
            .WithBlock(2, 2).WithStep("y2-npv-early", "y2-npv-late")
            .WithBlock(2, 3).WithStep("y2-npv-late"));

        Assert.Contains(validation.Problems, p => p.StepId == "y2-npv-early" && p.Message.Contains("taught after this step", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PrerequisiteInLaterYear_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(2, 2).WithStep("y2-npv-uses-y3", "y3-npv-first"));

        Assert.Contains(validation.Problems, p => p.StepId == "y2-npv-uses-y3");
    }

    [Fact]
    public void Validate_Cycle_IsReportedAsAChain()
    {
        var validation = Validate(CurriculumBuilder.EveryYear()
            .WithBlock(4, 2).WithStep("y4-npv-a", "y4-npv-b").WithStep("y4-npv-b", "y4-npv-a"));

        Assert.Contains(validation.Problems, p => p.Message.StartsWith("Prerequisites form a cycle: ", StringComparison.Ordinal)
            && p.Message.Contains("y4-npv-a", StringComparison.Ordinal) && p.Message.Contains("y4-npv-b", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateId_IsReportedWithTheFirstFile()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(3, 2, strand: "AS").WithStep("y3-npv-first"));

        Assert.Contains(validation.Problems, p => p.File == "y3/as.yaml" && p.Message == "The id is already used in y3/npv.yaml.");
    }

    [Theory]
    [InlineData("Y3-NPV-Upper")]
    [InlineData("y3 npv spaces")]
    [InlineData("y4-npv-wrong-year")]
    [InlineData("")]
    public void Validate_BadId_IsReported(string id)
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(3, 2).WithStep(id));

        Assert.Contains(validation.Problems, p => p.Message.StartsWith("The id must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingContent_ListsEachProblem()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(5, 2).WithStep("y5-npv-empty", s => s with
        {
            Title = " ",
            KeyLearningPoints = ["one", "two", "three", "four"],
            StemSentences = [],
            Representations = ["abacus"],
        }));

        var messages = validation.Problems.Where(p => p.StepId == "y5-npv-empty").Select(p => p.Message).ToList();
        Assert.Contains("The step needs a title.", messages);
        Assert.Contains("A step needs 1 to 3 key learning points, none blank; found 4.", messages);
        Assert.Contains("A step needs at least one stem sentence, none blank.", messages);
        Assert.Contains("Representation 'abacus' is not in the vocabulary (see content/curriculum/README.md).", messages);
    }

    [Fact]
    public void Validate_CodeOfAnotherYear_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(2, 2).WithStep("y2-npv-wrong-code", s => s with { ReadyToProgress = ["3NPV-1"], NationalCurriculum = ["NC-Y9-NPV-1"] }));

        Assert.Contains(validation.Problems, p => p.Message == "Ready-to-progress code '3NPV-1' belongs to Year 3, not Year 2.");
        Assert.Contains(validation.Problems, p => p.Message == "National Curriculum id 'NC-Y9-NPV-1' is not a known statement.");
    }

    [Fact]
    public void Validate_UncoveredCriterion_IsReported()
    {
        var draft = CurriculumBuilder.EveryYear().ServingEverything().Build();
        var first = draft.Files[0].Blocks[0].Steps[0];
        var uncovered = draft with
        {
            Files = [draft.Files[0] with { Blocks = [draft.Files[0].Blocks[0] with { Steps = [first with { ReadyToProgress = first.ReadyToProgress.Skip(1).ToList() }] }] }, .. draft.Files.Skip(1)],
        };

        var validation = CurriculumValidator.Validate(uncovered);

        Assert.Contains(validation.Problems, p => p.Message == $"Ready-to-progress criterion {first.ReadyToProgress[0]} is not served by any step.");
    }

    [Fact]
    public void Validate_ReferenceListTooShort_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithoutCriterion("4NPV-16"));

        Assert.Contains(validation.Problems, p => p.Message == "Year 4 should have 16 ready-to-progress criteria but has 15.");
    }

    [Fact]
    public void Validate_SpringBlockBeforeAutumnBlock_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(1, 2, "Summer").WithStep("y1-npv-summer").WithBlock(1, 3, "Autumn").WithStep("y1-npv-autumn"));

        Assert.Contains(validation.Problems, p => p.Message.Contains("is in Autumn but comes after block 2 in Summer", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BlockOrderUsedTwice_IsReported()
    {
        var validation = Validate(CurriculumBuilder.EveryYear().WithBlock(1, 1, strand: "AS").WithStep("y1-as-clash"));

        Assert.Contains(validation.Problems, p => p.Message == "Block order 1 of Year 1 is already used in y1/npv.yaml.");
    }
}
