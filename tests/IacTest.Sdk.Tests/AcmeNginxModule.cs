namespace IacTest.Sdk.Tests;

/// <summary>
/// A module project as an author writes one: a role under <c>roles/nginx</c> declared as an <c>IacModule</c>, beside
/// things that must stay out of the package (the role's own tests, C# sources, build output).
/// </summary>
public static class AcmeNginxModule
{
    /// <summary>The package id.</summary>
    public const string PackageId = "Acme.Nginx";

    /// <summary>The package version.</summary>
    public const string Version = "1.0.0";

    /// <summary>Where the role writes its configuration in the converged machine, and what it writes there.</summary>
    public const string ConfigFile = "/etc/acme-nginx.conf";

    /// <summary>The configuration the role writes with its defaults.</summary>
    public const string ConfigText = "listen 8080\n";

    /// <summary>Writes the module project, packs it into the run's feed once, and returns the package file.</summary>
    public static Task<string> PackOnceAsync(PackedSdkFixture sdk) => sdk.PackOnceAsync("acme-nginx", PackageId, Version, "roles/nginx", WriteFiles);

    /// <summary>Packs the module (once) and creates a one-line test project that references the package.</summary>
    public static async Task<ConsumerProject> CreateConsumerAsync(PackedSdkFixture sdk, string name)
    {
        await PackOnceAsync(sdk);
        return sdk.CreateConsumer(name, PackageId, Version);
    }

    private static void WriteFiles(ConsumerProject project)
    {
        project.Write("roles/nginx/defaults/main.yml", "---\nnginx_port: 8080\n");
        project.Write("roles/nginx/tasks/main.yml", $"""
            ---
            - name: Write the site configuration
              ansible.builtin.copy:
                dest: {ConfigFile}
                content: "listen {"{{"} nginx_port {"}}"}\n"
                mode: "0644"

            """);
        // Extension-less, to prove it lands in files/ and not in a folder named after it.
        project.Write("roles/nginx/files/motd", "Served by Acme\n");
        // Dotfiles are module content too (a role deploys them), except version control.
        project.Write("roles/nginx/files/.bashrc", "# Acme shell\n");
        project.Write("roles/nginx/.git/HEAD", "ref: refs/heads/main\n");
        project.Write("roles/nginx/tests/test.yml", "---\n- name: Test the role\n  hosts: localhost\n  roles:\n    - nginx\n");
        project.Write("roles/nginx/RoleHelper.cs", "namespace Acme;\n\ninternal static class RoleHelper\n{\n}\n");
        project.Write("roles/nginx/bin/leftover.txt", "build output\n");
        project.Write("roles/nginx/obj/leftover.txt", "build output\n");
        // The module's own tests live in the same project: `dotnet test` tests the role, `dotnet pack` ships it.
        project.Write("RoleTests.cs", "public class RoleTests { [Fact] public void Loads() => AnsibleRole.Load(\"roles/nginx\").ShouldNotBeNull(); }\n");
    }
}
