using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>Reads task keyword values (<c>tags</c>, <c>when</c>, <c>notify</c>, <c>become</c>) as Ansible types them.</summary>
internal static class TaskKeywordValues
{
    /// <summary>
    /// A scalar or a list of scalars as strings; a scalar is split on commas when <paramref name="splitCommas"/>
    /// (Ansible's <c>tags: a,b</c>). A null value is no string at all.
    /// </summary>
    public static IReadOnlyList<string> Strings(YNode? node, bool splitCommas) => Resolve(node) switch
    {
        YScalar { IsNull: true } or null => [],
        YScalar scalar when splitCommas => scalar.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        YScalar scalar => [scalar.Value],
        YSequence list => list.Items.Select(Resolve).OfType<YScalar>().Select(item => item.Value).ToList(),
        _ => [],
    };

    /// <summary>A plain YAML 1.1 boolean as PyYAML resolves it, or null (absent, quoted, templated).</summary>
    public static bool? Boolean(YNode? node) => Resolve(node) is YScalar { IsPlain: true, Tag: null } scalar
        ? scalar.Value switch
        {
            "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" => true,
            "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" => false,
            _ => null,
        }
        : null;

    /// <summary>The anchored node an alias stands for (a value may be written <c>tags: *common_tags</c>).</summary>
    public static YNode? Resolve(YNode? node) => node is YAlias alias ? alias.Target : node;
}
