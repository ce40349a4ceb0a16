using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/KeepUp.Benchmarks -- --filter '*'` runs them all;
// `--list flat` names them, `--filter '*Search*'` picks some. Reports go beside this project
// (bin/Release/net10.0 is three folders down), not into whichever folder the run started from.
var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(artifacts));
