using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Tests.Configuration;

public sealed class GalaxyRequirementsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-galaxy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Roles_and_collections_go_where_ansible_galaxy_installs_them()
    {
        // Given the requirements forms ansible-galaxy reads: names, Galaxy sources, repositories and collections
        Write("requirements.yml", """
            ---
            roles:
              - geerlingguy.docker
              - src: acme.nginx
              - name: monitoring
                src: https://git.example.com/ops/ansible-role-monitoring.git
              - src: git+https://git.example.com/ops/ansible-role-backup.git,v2.0.0
            collections:
              - community.general
              - name: ansible.posix
                version: ">=1.5.0"
              - name: https://git.example.com/ops/collection.git
                type: git
            """);

        // When the install folders are listed
        var folders = GalaxyRequirements.InstallFolders(_folder).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'));

        // Then each is under roles/ or collections/ansible_collections/, named as ansible-galaxy names it
        folders.ShouldBe(
        [
            "roles/geerlingguy.docker",
            "roles/acme.nginx",
            "roles/monitoring",
            "roles/ansible-role-backup",
            "collections/ansible_collections/community/general",
            "collections/ansible_collections/ansible/posix",
        ]);
    }

    [Fact]
    public void The_roles_path_of_ansible_cfg_and_the_old_list_format_are_followed()
    {
        // Given ansible.cfg naming the roles path and a requirements file in the old format (a list of roles)
        Write("ansible.cfg", "[defaults]\nroles_path = ./galaxy_roles:~/.ansible/roles\ncollections_path = vendor\n");
        Write(Path.Combine("roles", "requirements.yml"), "---\n- src: geerlingguy.java\n  version: 2.3.0\n");

        // When the install folders are listed
        var folders = GalaxyRequirements.InstallFolders(_folder).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'));

        // Then the role goes to the first roles path
        folders.ShouldBe(["galaxy_roles/geerlingguy.java"]);
    }

    [Fact]
    public void A_broken_requirements_file_names_no_folder_and_a_name_cannot_leave_the_roles_path()
    {
        Write("requirements.yml", "---\nroles: [unclosed\n");
        Write("requirements.yaml", "---\nroles:\n  - name: ../../etc\n  - name: ok.role\n");

        GalaxyRequirements.InstallFolders(_folder).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')).ShouldBe(["roles/ok.role"]);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
