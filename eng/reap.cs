#!/usr/bin/env -S dotnet run
// Removes what killed test hosts left behind — containers, networks and volumes labelled with an owner process of
// this machine that is gone, and their private temporary folders (converge inputs) — with the harness's own reaper,
// the same pass every test host makes at its first start. Environments kept with IACTEST_KEEP_ON_FAILURE=1 and
// resources of live test hosts are left alone.
//   dotnet run eng/reap.cs
#:project ../src/Harness/IacTest.Harness.csproj
// The harness (through Testcontainers) needs reflection; a file-based program is trimmed for AOT by default.
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true

using IacTest.Harness.Engine;
using IacTest.Harness.Reaping;

try
{
    var report = await Reaper.ReapAsync();
    foreach (var resource in report.Removed)
    {
        Console.WriteLine($"removed {resource.Kind.ToString().ToLowerInvariant()} {resource.Name}");
    }

    foreach (var folder in report.RemovedFolders)
    {
        Console.WriteLine($"removed folder {folder}");
    }

    foreach (var failure in report.Failures)
    {
        Console.Error.WriteLine($"could not remove {failure}");
    }

    Console.WriteLine($"reaped {report.Removed.Count} resource(s) and {report.RemovedFolders.Count} folder(s) of killed test hosts");
    return report.Failures.Count == 0 ? 0 : 1;
}
catch (EngineUnavailableException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
