using IacTest.Lint.Families.Ansible.Data;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Model;

/// <summary>
/// Resolves a task's action as ansible-core's <c>ModuleArgsParser</c> does (without checking that the module exists):
/// the one key that is not a task keyword, or <c>action:</c>/<c>local_action:</c>; arguments from dict form, free
/// form and <c>args:</c>.
/// </summary>
internal static class TaskActionParser
{
    private const string BuiltinPrefix = "ansible.builtin.";

    public static void Resolve(AnsibleTask task)
    {
        if (task.Has("block") || task.Has("rescue") || task.Has("always"))
        {
            task.IsBlock = true;
            task.Action = task.Module = "block/always/rescue";
            return;
        }

        YPair? actionPair = null;
        foreach (var pair in task.Pairs)
        {
            var key = pair.KeyText;
            if (key is null || key.StartsWith("with_", StringComparison.Ordinal) || (AnsibleData.NotActionKeys.Contains(key) && key is not ("action" or "local_action")))
            {
                continue;
            }

            if (actionPair is not null && actionPair.KeyText != key)
            {
                task.ActionProblem = $"conflicting action statements: {actionPair.KeyText}, {key}";
                break;
            }

            actionPair ??= pair;
        }

        if (actionPair is null)
        {
            task.ActionProblem ??= "no module/action detected in task";
            return;
        }

        task.ActionPair = actionPair;
        var actionKey = actionPair.KeyText!;
        string action;
        YNode? value = actionPair.Value;
        if (actionKey is "action" or "local_action")
        {
            if (value is YScalar { Value: var text })
            {
                var words = text.TrimStart();
                var space = words.IndexOfAny([' ', '\t', '\n']);
                action = space < 0 ? words : words[..space];
                value = null;
                AddFreeForm(task, action, space < 0 ? string.Empty : words[(space + 1)..], actionPair.Value.Start.Line);
            }
            else if (TaskKeywordValues.Resolve(value) is YMapping mapping && mapping.GetScalar("module") is { } module)
            {
                action = module;
                AddMapping(task, mapping, skip: "module");
            }
            else
            {
                task.ActionProblem = $"cannot read the action of '{actionKey}'";
                return;
            }
        }
        else
        {
            action = actionKey;
            switch (TaskKeywordValues.Resolve(value))
            {
                case YScalar { IsNull: true }:
                    break;
                case YScalar scalar:
                    AddFreeForm(task, action, scalar.Value, scalar.Start.Line);
                    break;
                case YMapping mapping:
                    AddMapping(task, mapping, skip: null);
                    break;
            }
        }

        task.Action = action;
        task.Module = action.StartsWith(BuiltinPrefix, StringComparison.Ordinal) ? action[BuiltinPrefix.Length..] : action;
        if (TaskKeywordValues.Resolve(task["args"]) is YMapping args)
        {
            AddMapping(task, args, skip: null);
        }
    }

    private static void AddFreeForm(AnsibleTask task, string action, string text, int line)
    {
        task.IsFreeForm = true;
        var shortName = action.StartsWith(BuiltinPrefix, StringComparison.Ordinal) ? action[BuiltinPrefix.Length..]
            : action.StartsWith("ansible.legacy.", StringComparison.Ordinal) ? action["ansible.legacy.".Length..] : action;
        var checkRaw = FreeFormArguments.FreeFormModules.Contains(shortName);
        var parsed = FreeFormArguments.Parse(text, checkRaw);
        foreach (var (key, value) in parsed.Arguments)
        {
            task.Arguments[key] = new TaskArgument(key, null, value, line);
        }

        // The words of a command without arguments are its text as written: one string for both.
        task.RawParams = parsed.RawParams == text ? text : parsed.RawParams;
    }

    private static void AddMapping(AnsibleTask task, YMapping mapping, string? skip)
    {
        // Ansible's loader applies merge keys before the module sees its arguments (apt: {<<: *defaults, name: x}).
        foreach (var pair in MergeKeys.HasMerge(mapping) ? MergeKeys.Expand(mapping) : mapping.Pairs)
        {
            if (pair.KeyText is { } key && key != skip)
            {
                task.Arguments[key] = new TaskArgument(key, pair.Value, (TaskKeywordValues.Resolve(pair.Value) as YScalar)?.Value, pair.Key.Start.Line);
            }
        }
    }
}
