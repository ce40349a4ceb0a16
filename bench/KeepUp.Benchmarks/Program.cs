using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/KeepUp.Benchmarks -- --filter '*'` runs them all;
// `--list flat` names them, `--filter '*Search*'` picks some.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
