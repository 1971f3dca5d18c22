using System.Text.RegularExpressions;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Inventory;

/// <summary>
/// Ansible's <c>ini</c> inventory plugin: <c>[group]</c>, <c>[group:vars]</c>, <c>[group:children]</c> sections,
/// host lines with <c>key=value</c> words, and groups used before they are declared.
/// </summary>
internal sealed partial class IniInventoryReader
{
    private readonly AnsibleInventory _inventory;
    private readonly string _path;
    private readonly List<ModuleDiagnostic> _problems;
    private readonly Dictionary<string, PendingGroup> _pending = new(StringComparer.Ordinal);
    private int _line;

    private IniInventoryReader(AnsibleInventory inventory, string path, List<ModuleDiagnostic> problems)
    {
        _inventory = inventory;
        _path = path;
        _problems = problems;
    }

    public static void Read(AnsibleInventory inventory, string path, string text, List<ModuleDiagnostic> problems) =>
        new IniInventoryReader(inventory, path, problems).Read(text);

    private void Read(string text)
    {
        var group = _inventory.Ungrouped;
        var state = "hosts";
        foreach (var rawLine in text.Split('\n'))
        {
            _line++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (Section().Match(line) is { Success: true } section)
            {
                state = section.Groups[2].Success ? section.Groups[2].Value : "hosts";
                if (state is not ("hosts" or "children" or "vars"))
                {
                    Fail(Column(rawLine, line), $"section [{section.Groups[1].Value}:{state}] has an unknown type '{state}' (use hosts, children or vars)");
                    state = "skip";
                    continue;
                }

                var name = section.Groups[1].Value;
                if (_inventory.Group(name) is null && state == "vars" && !_pending.ContainsKey(name))
                {
                    _pending[name] = new PendingGroup(Here(rawLine, line), "vars", []);
                }

                group = _inventory.AddGroup(name, Here(rawLine, line));
                if (state != "vars" && _pending.TryGetValue(name, out var pending))
                {
                    if (pending.State == "children")
                    {
                        AdoptPending(name);
                    }
                    else
                    {
                        _pending.Remove(name);
                    }
                }

                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Fail(Column(rawLine, line), $"invalid section '{line}': a section is [name], [name:vars] or [name:children], with no spaces");
                state = "skip";
                continue;
            }

            switch (state)
            {
                case "hosts":
                    ReadHostLine(group, rawLine, line);
                    break;
                case "vars":
                    ReadVariableLine(group, rawLine, line);
                    break;
                case "children":
                    ReadChildLine(group, rawLine, line);
                    break;
            }
        }

        foreach (var (name, pending) in _pending)
        {
            _problems.Add(new ModuleDiagnostic(pending.Location, pending.State == "vars"
                ? $"section [{name}:vars] is for a group that is never declared"
                : $"section [{pending.Parents[^1]}:children] names group '{name}', which is never declared"));
        }
    }

    private void ReadHostLine(InventoryGroup group, string rawLine, string line)
    {
        List<string> words;
        try
        {
            words = ShellWords.Split(line);
        }
        catch (FormatException exception)
        {
            Fail(Column(rawLine, line), $"cannot read the host line: {exception.Message}");
            return;
        }

        if (words.Count == 0)
        {
            return;
        }

        var entry = words[0];
        IReadOnlyList<string> names;
        int? port;
        try
        {
            (names, port) = HostRange.Expand(entry);
        }
        catch (FormatException exception)
        {
            Fail(Column(rawLine, line), exception.Message);
            return;
        }

        if (entry.EndsWith(':') && port is null)
        {
            Fail(Column(rawLine, line), $"host '{entry}' ends with ':', which is kept for a port number");
            return;
        }

        if (names.Any(name => name.Trim() == "---"))
        {
            Fail(Column(rawLine, line), "'---' starts a YAML document: is this a YAML inventory with an INI name?");
            return;
        }

        var variables = new List<(string Name, object? Value)>();
        foreach (var word in words.Skip(1))
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                Fail(Column(rawLine, word), $"expected key=value after the host name, got '{word}'");
                return;
            }

            variables.Add((word[..equals], PythonLiteral.Evaluate(word[(equals + 1)..])));
        }

        foreach (var name in names)
        {
            var host = _inventory.AddHost(name, group, port, Here(rawLine, line));
            foreach (var (key, value) in variables)
            {
                AnsibleInventory.SetVariable(host.Inline, key, value);
            }
        }
    }

    private void ReadVariableLine(InventoryGroup group, string rawLine, string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            Fail(Column(rawLine, line), $"expected key=value in [{group.Name}:vars], got '{line}'");
            return;
        }

        AnsibleInventory.SetGroupVariable(group, line[..equals].Trim(), PythonLiteral.Evaluate(line[(equals + 1)..].Trim()));
    }

    private void ReadChildLine(InventoryGroup group, string rawLine, string line)
    {
        if (GroupName().Match(line) is not { Success: true } match)
        {
            Fail(Column(rawLine, line), $"expected a group name in [{group.Name}:children], got '{line}'");
            return;
        }

        var name = match.Groups[1].Value;
        if (_inventory.Group(name) is { } child)
        {
            if (_inventory.AddChild(group, child) is { } loop)
            {
                Fail(Column(rawLine, line), loop);
            }

            return;
        }

        if (_pending.TryGetValue(name, out var pending))
        {
            pending.Parents.Add(group.Name);
        }
        else
        {
            _pending[name] = new PendingGroup(Here(rawLine, line), "children", [group.Name]);
        }
    }

    // A group named in [parent:children] before its own section joins its parents when that section comes.
    private void AdoptPending(string name)
    {
        var pending = _pending[name];
        _pending.Remove(name);
        foreach (var parentName in pending.Parents)
        {
            if (_inventory.AddChild(_inventory.Group(parentName)!, _inventory.Group(name)!) is { } loop)
            {
                _problems.Add(new ModuleDiagnostic(pending.Location, loop));
            }

            if (_pending.TryGetValue(parentName, out var parent) && parent.State == "children")
            {
                AdoptPending(parentName);
            }
        }
    }

    private SourceLocation Here(string rawLine, string text) => new(_path, _line, Column(rawLine, text));

    private static int Column(string rawLine, string text) => Math.Max(0, rawLine.IndexOf(text, StringComparison.Ordinal)) + 1;

    private void Fail(int column, string message) => _problems.Add(new ModuleDiagnostic(new SourceLocation(_path, _line, column), message));

    private sealed record PendingGroup(SourceLocation Location, string State, List<string> Parents);

    [GeneratedRegex(@"^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^([^:\]\s]+)\s*(?:#.*)?$")]
    private static partial Regex GroupName();
}
