using IacTest.Harness.Images;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Converge;

/// <summary>
/// What a role's <c>meta/main.yml</c> says about where it runs: <c>galaxy_info.platforms</c> and
/// <c>galaxy_info.min_ansible_version</c>. Read before any container starts, so a platform or an Ansible the role
/// does not support is a skip that says why instead of a failed converge.
/// </summary>
public sealed class RoleMetadata
{
    private RoleMetadata(string roleDirectory, string? file)
    {
        RoleDirectory = roleDirectory;
        File = file;
    }

    /// <summary>The role folder (full path).</summary>
    public string RoleDirectory { get; }

    /// <summary>The role's name (its folder name).</summary>
    public string RoleName => Path.GetFileName(RoleDirectory);

    /// <summary>The metadata file read, or null when the role has none.</summary>
    public string? File { get; }

    /// <summary>The platforms the role lists; empty when it lists none (then it claims no limit).</summary>
    public IReadOnlyList<GalaxyPlatform> Platforms { get; private init; } = [];

    /// <summary>The oldest Ansible the role supports, or null when it does not say.</summary>
    public Version? MinAnsibleVersion { get; private init; }

    /// <summary>Where <see cref="MinAnsibleVersion"/> is written.</summary>
    public SourceLocation? MinAnsibleVersionLocation { get; private init; }

    /// <summary>Reads <c>meta/main.yml</c> (or <c>main.yaml</c>) of the role in <paramref name="roleDirectory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The role folder does not exist.</exception>
    /// <exception cref="RoleMetadataException">The file is not valid YAML or its values have the wrong shape; positioned.</exception>
    public static RoleMetadata Load(string roleDirectory)
    {
        var full = Path.GetFullPath(roleDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The role folder '{full}' does not exist.");
        }

        var file = new[] { "main.yml", "main.yaml" }.Select(name => Path.Combine(full, "meta", name)).FirstOrDefault(System.IO.File.Exists);
        if (file is null)
        {
            return new RoleMetadata(full, null);
        }

        var diagnostics = new List<ModuleDiagnostic>();
        var root = YamlFileLoader.LoadSingle(file, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new RoleMetadataException($"{diagnostics[0]} (the role's Galaxy metadata)");
        }

        if (root?["galaxy_info"] is not { } info || info.IsNull)
        {
            return new RoleMetadata(full, file);
        }

        if (info.Kind != ModuleNodeKind.Mapping)
        {
            throw new RoleMetadataException($"{info.Location}: galaxy_info must be a mapping, not {Describe(info)}.");
        }

        var minimum = info["min_ansible_version"] is { IsNull: false } minNode ? ReadVersion(minNode) : null;
        return new RoleMetadata(full, file)
        {
            Platforms = ReadPlatforms(info["platforms"]),
            MinAnsibleVersion = minimum,
            MinAnsibleVersionLocation = minimum is null ? null : info["min_ansible_version"]!.Location,
        };
    }

    /// <summary>Why the role does not run on <paramref name="platform"/>, or null when it does (or lists no platforms).</summary>
    public string? WhyNotOn(Platform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (Platforms.Count == 0 || Platforms.Any(p => p.Covers(platform.Distribution, platform.Release)))
        {
            return null;
        }

        return $"role {RoleName} does not list {platform.Distribution} {platform.Release} in its platforms "
            + $"({string.Join("; ", Platforms)} at {Platforms[0].Location}), so {platform} is skipped";
    }

    /// <summary>Why the role does not run with <paramref name="ansible"/>, or null when it does (or sets no minimum).</summary>
    public string? WhyNotWith(AnsibleInstall ansible)
    {
        ArgumentNullException.ThrowIfNull(ansible);
        return MinAnsibleVersion is { } minimum && ansible.Version < minimum
            ? $"role {RoleName} needs Ansible {minimum.ToString(minimum.Build == 0 ? 2 : 3)} or newer (min_ansible_version at {MinAnsibleVersionLocation}); "
              + $"the Ansible in use is {ansible} — point IACTEST_ANSIBLE_HOME at a newer ansible-core install"
            : null;
    }

    private static Version ReadVersion(ModuleNode node) =>
        node.Kind == ModuleNodeKind.Scalar && AnsibleVersions.Parse(node.Text!) is { } version
            ? version
            : throw new RoleMetadataException($"{node.Location}: min_ansible_version must be a version such as \"2.14\", not {Describe(node)}.");

    private static List<GalaxyPlatform> ReadPlatforms(ModuleNode? node)
    {
        if (node is null || node.IsNull)
        {
            return [];
        }

        if (node.Kind != ModuleNodeKind.Sequence)
        {
            throw new RoleMetadataException($"{node.Location}: galaxy_info.platforms must be a list of {{name, versions}}, not {Describe(node)}.");
        }

        var platforms = new List<GalaxyPlatform>();
        foreach (var item in node.Items)
        {
            if (item.Kind != ModuleNodeKind.Mapping || item.GetText("name") is not { } name)
            {
                throw new RoleMetadataException($"{item.Location}: a platform must be a mapping with a name (name: Debian), not {Describe(item)}.");
            }

            var versions = item["versions"] switch
            {
                null or { IsNull: true } => [],
                { Kind: ModuleNodeKind.Sequence } list => list.Items.Select(v => v.Kind == ModuleNodeKind.Scalar
                    ? v.Text!
                    : throw new RoleMetadataException($"{v.Location}: a platform version must be a name such as bookworm or all, not {Describe(v)}.")).ToList(),
                var other => throw new RoleMetadataException($"{other.Location}: versions of platform {name} must be a list, not {Describe(other)}."),
            };
            platforms.Add(new GalaxyPlatform(name, versions, item.Location));
        }

        return platforms;
    }

    private static string Describe(ModuleNode node) => node.Kind switch
    {
        ModuleNodeKind.Mapping => "a mapping",
        ModuleNodeKind.Sequence => "a list",
        _ => $"'{node.Text}'",
    };
}
