namespace IacTest.Sdk.Tasks.Modules;

/// <summary>What a packaged module holds; decides how a consumer can use it (e.g. roles go on Ansible's roles path).</summary>
internal static class ModuleKind
{
    public const string AnsibleRole = "ansible-role";
    public const string AnsibleCollection = "ansible-collection";
    public const string Kubernetes = "kubernetes";
    public const string Compose = "compose";
    public const string Files = "files";

    /// <summary>Every kind, in the order the inference tries them.</summary>
    public static readonly IReadOnlyList<string> All = [AnsibleRole, AnsibleCollection, Kubernetes, Compose, Files];

    /// <summary>
    /// The kind a folder looks like by its marker files: <c>tasks/main.yml</c> or <c>meta/main.yml</c> (role),
    /// <c>galaxy.yml</c> (collection), <c>kustomization.yaml</c> or <c>Chart.yaml</c> (Kubernetes), a Compose file;
    /// otherwise plain files.
    /// </summary>
    public static string Infer(string folder)
    {
        if (AnyExists(folder, "tasks/main.yml", "tasks/main.yaml", "meta/main.yml", "meta/main.yaml"))
        {
            return AnsibleRole;
        }

        if (AnyExists(folder, "galaxy.yml", "galaxy.yaml"))
        {
            return AnsibleCollection;
        }

        if (AnyExists(folder, "kustomization.yaml", "kustomization.yml", "Chart.yaml"))
        {
            return Kubernetes;
        }

        return AnyExists(folder, "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml") ? Compose : Files;
    }

    /// <summary>Whether <paramref name="kind"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    private static bool AnyExists(string folder, params string[] relativePaths) =>
        relativePaths.Any(relative => File.Exists(Path.Combine(folder, relative)));
}
