using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Mgi.Api.Benchmarks.HotPaths).Assembly).Run(args);
