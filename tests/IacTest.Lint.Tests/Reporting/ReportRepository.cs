using IacTest.Lint.Build;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Reporting;

namespace IacTest.Lint.Tests.Reporting;

/// <summary>
/// A small infrastructure repository in a temporary folder — a playbook, a role, Kubernetes manifests (one with a
/// space in its name) — with findings the real engine reports, linted from a sub-folder as a CI job often does.
/// </summary>
internal sealed class ReportRepository : IDisposable
{
    public ReportRepository()
    {
        Root = Directory.CreateTempSubdirectory("iactest-report-").FullName;
        // A repository as git leaves it; the reporters only look for the .git entry.
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        Write("infra/ansible/site.yml", Playbook);
        Write("infra/ansible/roles/web/tasks/main.yml", RoleTasks);
        Write("infra/k8s/web deploy.yaml", Deployment);
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>The folder the lint runs from: <c>infra/</c>, not the root.</summary>
    public string WorkingDirectory => Path.Combine(Root, "infra");

    public const string Playbook = """
        ---
        - name: Configure web servers
          hosts: web
          become: true
          roles:
            - role: web
        """;

    // Two equal findings on two equal lines: their fingerprints must still differ.
    public const string RoleTasks = "---\n- name: Install nginx\n  ansible.builtin.package:\n    name: nginx   \n    state: present\n\n- name: Install certbot\n  ansible.builtin.package:\n    name: certbot\n    state: present   \n\n- name: Install curl\n  ansible.builtin.package:\n    name: curl\n    state: present   \n";

    public const string Deployment = "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web  \nspec:\n  replicas: 2\n";

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Lints every file with the engine's defaults; file names as a user in <see cref="WorkingDirectory"/> gives them.</summary>
    public IReadOnlyList<LintDiagnostic> Lint()
    {
        string[] files = ["ansible/site.yml", "ansible/roles/web/tasks/main.yml", "k8s/web deploy.yaml"];
        var results = new LintEngine().LintFiles(files.Select(f => Path.Combine(WorkingDirectory, f)).ToList(), new LintConfiguration(), 1);
        return results.SelectMany(r => r.Diagnostics)
            .Select(d => d with { File = Path.GetRelativePath(WorkingDirectory, d.File) })
            .ToList();
    }

    /// <summary>The test project of the builds: <c>infra/ansible</c>, below the repository root.</summary>
    public string Project => Path.Combine(Root, "infra", "ansible");

    /// <summary>A build of <see cref="Project"/> that lints its YAML files and writes no report yet.</summary>
    public BuildLintRequest BuildRequest() => new()
    {
        ProjectDirectory = Project,
        ProjectFile = Path.Combine(Project, "Infra.Tests.csproj"),
        Files = Directory.GetFiles(Project, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(),
        ToolVersion = "1.2.3",
    };

    public ReportOptions Options(string? sourceRoot = null, string? docs = null) =>
        new() { WorkingDirectory = WorkingDirectory, SourceRoot = sourceRoot, RuleDocsBaseUri = docs, ToolVersion = "1.2.3" };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
