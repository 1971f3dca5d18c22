namespace IacTest.Sdk.Tests;

/// <summary>Module packages in the run's feed, and test projects that reference them, as their authors and users write them.</summary>
public static class ModulePackages
{
    /// <summary>
    /// Packs, once per run, a module project named <paramref name="projectName"/> that declares
    /// <paramref name="moduleFolder"/> as its <c>IacModule</c>, with the files <paramref name="writeFiles"/> writes;
    /// returns the package file.
    /// </summary>
    public static Task<string> PackOnceAsync(
        this PackedSdkFixture sdk, string projectName, string packageId, string version, string moduleFolder, Action<ConsumerProject> writeFiles) =>
        sdk.OnceAsync(packageId, async () =>
        {
            var project = sdk.CreateProject(projectName, $"""
                <Project Sdk="IacTest.Sdk/$(Version)">
                  <PropertyGroup>
                    <PackageId>{packageId}</PackageId>
                    <Version>{version}</Version>
                  </PropertyGroup>
                  <ItemGroup>
                    <IacModule Include="{moduleFolder}" />
                  </ItemGroup>
                </Project>
                """);
            writeFiles(project);
            var pack = await project.PackAsync(sdk.Feed);
            pack.ExitCode.ShouldBe(0, pack.Output);
            return Path.Combine(sdk.Feed, $"{packageId}.{version}.nupkg");
        });

    /// <summary>A one-line test project that references the package.</summary>
    public static ConsumerProject CreateConsumer(this PackedSdkFixture sdk, string name, string packageId, string version) =>
        sdk.CreateProject(name, $"""
            <Project Sdk="IacTest.Sdk/$(Version)">
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
}
