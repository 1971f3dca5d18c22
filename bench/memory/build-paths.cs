#!/usr/bin/env -S dotnet run
// The build's two lint paths on one big file, for bench/memory/build-paths.sh: `in-process FILE` runs the build lint
// (BuildLint.Run, what the SDK's task runs inside MSBuild) in this .NET process and prints its findings and peak
// resident memory; `request FILE OUT` writes the request the task sends to the native worker (`iactest build-lint`).
//   dotnet run bench/memory/build-paths.cs -- in-process FILE | request FILE OUT
#:project ../../src/Lint/IacTest.Lint.csproj
#:property PublishAot=false

using IacTest.Lint.Build;

var file = Path.GetFullPath(args[1]);
var request = new BuildLintRequest { ProjectDirectory = Path.GetDirectoryName(file)!, Files = [file], ConfigDiscovery = false };
if (args[0] == "request")
{
    using var output = File.Create(args[2]);
    BuildLintProtocol.WriteRequest(output, request);
    return 0;
}

var result = BuildLint.Run(request, "bench");
var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))["VmHWM:".Length..].Trim();
Console.WriteLine($"in-process: {result.Reported.Count} findings, peak resident {peak}");
return 0;
