using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/KeepUp.Benchmarks -- --filter '*'` runs them all;
// `--list flat` names them, `--filter '*Search*'` picks some. Reports go beside this project
// (bin/Release/net10.0 is three folders down), not into whichever folder the run started from.
// Median and P95 are always shown: the targets are about typical and slow runs, not the mean alone.
if (args.Length > 0 && args[0] == "programme")
{
    return await KeepUp.Benchmarks.ProgrammeTimedRun.RunAsync(args);
}

var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts)
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
