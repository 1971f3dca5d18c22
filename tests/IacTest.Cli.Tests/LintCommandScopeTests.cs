using System.Text.Json;
using IacTest.Lint.Build;

namespace IacTest.Cli.Tests;

/// <summary><c>iactest lint</c> lints each file under its nearest configuration, as a build of the same tree does.</summary>
public sealed class LintCommandScopeTests : IDisposable
{
    private static readonly string LongValue = new('x', 90);
    private static readonly string LongerValue = new('y', 120);
    private readonly CliFolder _cli = new("iactest-cli-scopes-");

    public LintCommandScopeTests()
    {
        // A site playbook under a strict project configuration, and a vendored Galaxy role that ships looser configs.
        Write(".yamllint", "---\nextends: default\nrules:\n  line-length:\n    max: 80\n");
        Write("site.yml", "---\n- name: Configure web servers\n  hosts: web\n  roles:\n    - role: acme.nginx\n  tasks:\n"
            + "    - name: Reload the firewall\n      ansible.builtin.command: /usr/sbin/ufw reload\n"
            + $"    - name: Show the banner\n      ansible.builtin.debug:\n        msg: \"{LongValue}\"\n");
        Write("roles/acme.nginx/.yamllint", "---\nextends: default\nrules:\n  line-length:\n    max: 120\n  comments:\n    min-spaces-from-content: 1\n");
        Write("roles/acme.nginx/.ansible-lint", "skip_list:\n  - no-changed-when\n");
        Write("roles/acme.nginx/meta/main.yml", "---\ngalaxy_info:\n  role_name: nginx\n  namespace: acme\n  author: Acme\n"
            + "  description: Installs nginx\n  license: MIT\n  min_ansible_version: \"2.14\"\n  platforms:\n    - name: Debian\n      versions:\n        - bookworm\n");
        Write("roles/acme.nginx/tasks/main.yml", "---\n- name: Test the nginx configuration\n  ansible.builtin.command: /usr/sbin/nginx -t # syntax only\n"
            + $"- name: Show the banner\n  ansible.builtin.debug:\n    msg: \"{LongValue}\"\n"
            + $"- name: Show the long banner\n  ansible.builtin.debug:\n    msg: \"{LongerValue}\"\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_file_below_its_own_configuration_is_linted_with_it()
    {
        // When the whole tree is linted from the project folder
        var findings = Findings(Run("lint", "-f", "json", "."));

        // Then the playbook is held to the project's 80 columns and runs no-changed-when
        findings.ShouldContain(("site.yml", 11, "line-length", "line too long (105 > 80 characters)"));
        findings.ShouldContain(f => f.File == "site.yml" && f.Line == 7 && f.Rule == "no-changed-when");
        // And the role to its own 120 columns, one space before a comment and no no-changed-when
        var role = findings.Where(f => f.File == "roles/acme.nginx/tasks/main.yml").ToList();
        role.Where(f => f.Rule == "line-length").ShouldBe([("roles/acme.nginx/tasks/main.yml", 9, "line-length", "line too long (131 > 120 characters)")]);
        role.ShouldNotContain(f => f.Rule == "comments" || f.Rule == "no-changed-when");
    }

    [Fact]
    public void Naming_the_role_folder_alone_still_uses_its_configuration()
    {
        var findings = Findings(Run("lint", "-f", "json", "roles/acme.nginx"));

        findings.Where(f => f.Rule == "line-length").Select(f => f.Line).ShouldBe([9]);
        findings.ShouldNotContain(f => f.Rule == "no-changed-when");
    }

    [Fact]
    public void The_command_and_a_build_report_the_same_findings_for_the_same_tree()
    {
        // Given the files a build's globs would hand the lint (the command also lints the .yamllint files, clean here)
        var files = Directory.EnumerateFiles(_cli.Path, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // When the command and the build's lint both run over the tree
        var command = Findings(Run("lint", "-f", "json", "."));
        var build = BuildLint.Run(new BuildLintRequest { ProjectDirectory = _cli.Path, Files = files, VendorGalaxyRequirements = false }, "cli-scope-test")
            .Reported.Select(d => (File: Path.GetRelativePath(_cli.Path, d.File).Replace('\\', '/'), d.Line, d.Rule, d.Message)).ToList();

        // Then the tree holds findings of both configurations, and the two agree finding for finding
        build.ShouldContain(f => f.File == "site.yml" && f.Rule == "line-length");
        build.ShouldContain(f => f.File == "roles/acme.nginx/tasks/main.yml" && f.Message == "line too long (131 > 120 characters)");
        command.OrderBy(f => f).ShouldBe(build.OrderBy(f => f));
    }

    private static List<(string File, int Line, string Rule, string Message)> Findings((int Code, string Output, string Error) run)
    {
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.EnumerateArray()
            .Select(i => (i.GetProperty("file").GetString()!.Replace('\\', '/'), i.GetProperty("line").GetInt32(), i.GetProperty("rule").GetString()!, i.GetProperty("message").GetString()!))
            .ToList();
    }

    private (int Code, string Output, string Error) Run(params string[] args) => _cli.Run(args);

    private void Write(string name, string text) => _cli.Write(name, text);
}
