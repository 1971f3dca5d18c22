using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Ansible's <c>yaml</c> inventory plugin: top-level keys are groups; each group may have <c>hosts</c>, <c>vars</c>
/// and <c>children</c> (groups again, to any depth). What Ansible skips with a warning is a warning here too.
/// </summary>
internal sealed class YamlInventoryReader
{
    private static readonly string[] Sections = ["vars", "children", "hosts"];

    private readonly AnsibleInventory _inventory;
    private readonly List<ModuleDiagnostic> _problems;

    private YamlInventoryReader(AnsibleInventory inventory, List<ModuleDiagnostic> problems)
    {
        _inventory = inventory;
        _problems = problems;
    }

    /// <summary>Reads <paramref name="root"/>, the file's first document (already known to be a mapping).</summary>
    public static void Read(AnsibleInventory inventory, ModuleNode root, List<ModuleDiagnostic> problems)
    {
        if (root.ContainsKey("plugin"))
        {
            problems.Add(new ModuleDiagnostic(root.Entries.First(entry => entry.Key == "plugin").KeyLocation,
                "this is the configuration of an inventory plugin, not a YAML inventory; plugins are not read here"));
            return;
        }

        var reader = new YamlInventoryReader(inventory, problems);
        foreach (var entry in root.Entries)
        {
            reader.ReadGroup(entry.Key, entry.KeyLocation, entry.Value);
        }
    }

    private InventoryGroup? ReadGroup(string name, SourceLocation location, ModuleNode data)
    {
        if (data.Kind != ModuleNodeKind.Mapping && !data.IsNull)
        {
            _inventory.Warn(location, $"skipped '{name}': a group is a mapping of hosts, vars and children");
            return null;
        }

        if (name.Length == 0)
        {
            _problems.Add(new ModuleDiagnostic(location, "a group needs a name"));
            return null;
        }

        var group = _inventory.AddGroup(name, location);
        if (data.IsNull)
        {
            return group;
        }

        foreach (var section in Sections)
        {
            if (data[section] is { } value && value.Kind != ModuleNodeKind.Mapping && !value.IsNull && !IsScalarText(value))
            {
                _problems.Add(new ModuleDiagnostic(value.Location,
                    $"'{section}' of group '{name}' must be a mapping, found a {value.Kind.ToString().ToLowerInvariant()}"));
                return group;
            }
        }

        foreach (var entry in data.Entries)
        {
            var value = entry.Value;
            if (value.IsNull)
            {
                continue;
            }

            // Ansible reads "hosts: web1" as "hosts: {web1: null}".
            var isShorthand = Sections.Contains(entry.Key) && IsScalarText(value);
            if (value.Kind != ModuleNodeKind.Mapping && !isShorthand)
            {
                _inventory.Warn(entry.KeyLocation, $"skipped key '{entry.Key}' of group '{name}': it is not a mapping");
                continue;
            }

            switch (entry.Key)
            {
                case "vars":
                    foreach (var variable in value.Entries)
                    {
                        AnsibleInventory.SetGroupVariable(group, variable.Key, InventoryValues.From(variable.Value));
                    }

                    break;
                case "children":
                    foreach (var (childName, childLocation, childData) in Expand(value))
                    {
                        if (ReadGroup(childName, childLocation, childData) is { } child && _inventory.AddChild(group, child) is { } loop)
                        {
                            _problems.Add(new ModuleDiagnostic(childLocation, loop));
                        }
                    }

                    break;
                case "hosts":
                    foreach (var (entryText, hostLocation, hostData) in Expand(value))
                    {
                        ReadHost(group, entryText, hostLocation, hostData);
                    }

                    break;
                default:
                    _inventory.Warn(entry.KeyLocation, $"skipped key '{entry.Key}' of group '{name}': only hosts, vars and children are read");
                    break;
            }
        }

        return group;
    }

    private void ReadHost(InventoryGroup group, string entry, SourceLocation location, ModuleNode data)
    {
        if (data.Kind != ModuleNodeKind.Mapping && !data.IsNull)
        {
            _problems.Add(new ModuleDiagnostic(data.Location, $"the variables of host '{entry}' must be a mapping (or nothing)"));
            return;
        }

        IReadOnlyList<string> names;
        int? port;
        try
        {
            (names, port) = HostRange.Expand(entry);
        }
        catch (FormatException exception)
        {
            _problems.Add(new ModuleDiagnostic(location, exception.Message));
            return;
        }

        foreach (var hostName in names)
        {
            var host = _inventory.AddHost(hostName, group, port, location);
            foreach (var variable in data.Entries)
            {
                AnsibleInventory.SetVariable(host.Inline, variable.Key, InventoryValues.From(variable.Value));
            }
        }
    }

    private static bool IsScalarText(ModuleNode node) => node.Kind == ModuleNodeKind.Scalar && !node.IsNull;

    private static IEnumerable<(string Key, SourceLocation Location, ModuleNode Value)> Expand(ModuleNode section) =>
        section.Kind == ModuleNodeKind.Mapping
            ? section.Entries.Select(entry => (entry.Key, entry.KeyLocation, entry.Value))
            : [(section.Text!, section.Location, ModuleNode.Scalar(string.Empty, section.Location, isPlain: true))];
}
