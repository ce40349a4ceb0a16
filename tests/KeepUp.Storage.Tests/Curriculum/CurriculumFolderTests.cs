using KeepUp.Storage.Curriculum;

namespace KeepUp.Storage.Tests.Curriculum;

public sealed class CurriculumFolderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("keepup-curriculum-");

    public CurriculumFolderTests()
    {
        // A copy of the shipped curriculum that each test may break.
        foreach (var file in Directory.EnumerateFiles(CurriculumFolder.Default, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.FullName, Path.GetRelativePath(CurriculumFolder.Default, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Load_ShippedCurriculum_IsValid()
    {
        var validation = CurriculumFolder.Load(folder.FullName);

        Assert.True(validation.IsValid, string.Join("\n", validation.Problems));
    }

    [Fact]
    public void Load_BrokenYaml_NamesFileLineAndColumn()
    {
        File.AppendAllText(Path.Combine(folder.FullName, "y3", "npv.yaml"), "\n  - id: [unclosed\n");

        var problem = Assert.Single(CurriculumFolder.Load(folder.FullName).Problems);

        Assert.Equal("y3/npv.yaml", problem.File);
        Assert.Matches(@"^line \d+, column \d+: ", problem.Message);
    }

    [Fact]
    public void Load_MisspelledField_IsReportedNotIgnored()
    {
        var path = Path.Combine(folder.FullName, "y2", "npv.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("    keyLearningPoints:", "    keyLearningPionts:", StringComparison.Ordinal));

        var problems = CurriculumFolder.Load(folder.FullName).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("y2/npv.yaml", problem.File);
        Assert.Matches(@"^line \d+, column \d+: 'keyLearningPionts' is not a field the curriculum format knows here", problem.Message);
    }

    [Fact]
    public void Load_StepRemovedThatOthersNeed_ReportsEveryDependent()
    {
        var path = Path.Combine(folder.FullName, "y3", "npv.yaml");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("- id: y3-npv-ten-tens-make-a-hundred", "- id: y3-npv-renamed-step", StringComparison.Ordinal));

        var problems = CurriculumFolder.Load(folder.FullName).Problems;

        Assert.Contains(problems, p => p.Message == "Prerequisite 'y3-npv-ten-tens-make-a-hundred' is not a step.");
        Assert.All(problems, p => Assert.Contains("y3-npv-ten-tens-make-a-hundred", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFolder_SaysSo()
    {
        var problem = Assert.Single(CurriculumFolder.Load(Path.Combine(folder.FullName, "nowhere")).Problems);

        Assert.Equal("The curriculum folder does not exist.", problem.Message);
    }

    [Fact]
    public void Load_MissingReferenceFile_SaysWhich()
    {
        File.Delete(Path.Combine(folder.FullName, CurriculumFolder.StatementsFile));

        Assert.Contains(CurriculumFolder.Load(folder.FullName).Problems, p => p.File == CurriculumFolder.StatementsFile && p.Message == "The file is missing.");
    }
}
