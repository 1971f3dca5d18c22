using System.Runtime.InteropServices;
using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformProviderInstallationTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("iactest-providers-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [TerraformFact]
    public async Task Built_in_modules_initialise_offline_without_any_provider_source()
    {
        // Given a module that uses only what Terraform has built in, and no registry on this machine
        await using var copy = TerraformWorkingCopy.For(TerraformModules.WebService).Create();

        // When it is initialised
        await copy.InitAsync();

        // Then init succeeded and the local module was installed (no provider to download)
        File.Exists(Path.Combine(copy.Directory, ".terraform", "modules", "modules.json")).ShouldBeTrue();
        Directory.Exists(Path.Combine(copy.Directory, ".terraform", "providers")).ShouldBeFalse();
    }

    [TerraformFact]
    public async Task With_a_mirror_providers_come_only_from_it()
    {
        // Given an empty mirror and a module that needs hashicorp/random
        var mirror = _scratch.CreateSubdirectory("mirror").FullName;
        await using var copy = TerraformWorkingCopy.For(TerraformModules.RegistryProvider).WithProviderMirror(mirror).Create();

        // When it is initialised
        var error = await Should.ThrowAsync<TerraformException>(() => copy.InitAsync());

        // Then Terraform looked in the mirror and nowhere else
        error.Command.ShouldBe("init");
        var diagnostic = error.Errors.ShouldHaveSingleItem();
        diagnostic.Summary.ShouldBe("Failed to query available provider packages");
        diagnostic.Detail.ShouldContain("registry.terraform.io/hashicorp/random was not found in any of the search locations");
        diagnostic.Detail.ShouldEndWith($"  - {mirror}");
    }

    [TerraformFact]
    public async Task A_provider_package_in_the_mirror_is_installed_and_locked()
    {
        // Given a mirror holding a package of hashicorp/random 3.6.0 for this platform (a stand-in executable: init
        // installs and hashes a provider without starting it) and a plugin cache
        var mirror = _scratch.CreateSubdirectory("mirror").FullName;
        var cache = _scratch.CreateSubdirectory("cache").FullName;
        var package = Directory.CreateDirectory(Path.Combine(mirror, "registry.terraform.io", "hashicorp", "random", "3.6.0", Platform())).FullName;
        File.WriteAllText(Path.Combine(package, "terraform-provider-random_v3.6.0"), "#!/bin/sh\nexit 1\n");
        await using var copy = TerraformWorkingCopy.For(TerraformModules.RegistryProvider)
            .WithProviderMirror(mirror, "registry.terraform.io/hashicorp/*")
            .WithPluginCacheDirectory(cache)
            .Create();

        // When it is initialised
        await copy.InitAsync();

        // Then the version from the mirror is locked, and kept in the cache for the next working copy
        var lockFile = File.ReadAllText(Path.Combine(copy.Directory, ".terraform.lock.hcl"));
        lockFile.ShouldContain("provider \"registry.terraform.io/hashicorp/random\"");
        lockFile.ShouldContain("version     = \"3.6.0\"");
        File.Exists(Path.Combine(cache, "registry.terraform.io", "hashicorp", "random", "3.6.0", Platform(), "terraform-provider-random_v3.6.0")).ShouldBeTrue();
    }

    private static string Platform()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "amd64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "386",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"{os}_{arch}";
    }
}
