using System.Collections;
using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// Checks variables against an argument-spec entry point the way Ansible's role argument validation does:
/// required options, types with Ansible's conversions (<c>"8080"</c> is a valid <c>int</c>, <c>yes</c> a valid
/// <c>bool</c>, <c>"a,b"</c> a valid <c>list</c>), choices, list elements and nested options (where unknown keys
/// are errors).
/// </summary>
internal static class ArgumentSpecValidator
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.OrdinalIgnoreCase) { "y", "yes", "on", "1", "true", "t", "1.0" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase) { "n", "no", "off", "0", "false", "f", "0.0" };

    /// <summary>Validates <paramref name="values"/> (plain .NET values) against <paramref name="entryPoint"/>.</summary>
    /// <param name="entryPoint">The entry point of the specs.</param>
    /// <param name="values">Variable names to values; variables the spec does not name are ignored.</param>
    /// <param name="locations">Where each top-level value is written, when known (role defaults), for the errors.</param>
    public static IReadOnlyList<ArgumentValidationError> Validate(
        ArgumentEntryPoint entryPoint,
        IReadOnlyDictionary<string, object?> values,
        IReadOnlyDictionary<string, SourceLocation>? locations = null)
    {
        var errors = new List<ArgumentValidationError>();
        ValidateOptions(entryPoint.Options, values, prefix: string.Empty, strict: false, errors, name => locations?.GetValueOrDefault(name));
        return errors;
    }

    private static void ValidateOptions(
        IReadOnlyDictionary<string, ArgumentOption> options,
        IReadOnlyDictionary<string, object?> values,
        string prefix,
        bool strict,
        List<ArgumentValidationError> errors,
        Func<string, SourceLocation?> locate)
    {
        foreach (var option in options.Values)
        {
            var path = prefix + option.Name;
            if (!values.TryGetValue(option.Name, out var value) || value is null)
            {
                if (option.Required)
                {
                    errors.Add(new ArgumentValidationError(path, "is required but was not given", option.Location));
                }

                continue;
            }

            ValidateValue(option, option.Type, value, path, errors, locate(option.Name) ?? null);
        }

        if (strict)
        {
            foreach (var key in values.Keys.Where(key => !options.ContainsKey(key)))
            {
                var known = string.Join(", ", options.Keys);
                errors.Add(new ArgumentValidationError(prefix + key, $"is not a supported option (supported: {known})", locate(key)));
            }
        }
    }

    private static void ValidateValue(ArgumentOption option, string type, object value, string path, List<ArgumentValidationError> errors, SourceLocation? location)
    {
        if (!TryConvert(type, value, out var converted))
        {
            errors.Add(new ArgumentValidationError(path, $"must be of type {type}, got {Describe(value)}", location));
            return;
        }

        if (option.Choices.Count > 0)
        {
            var candidates = converted is IList list && type == "list" ? list.Cast<object?>() : [converted];
            foreach (var candidate in candidates)
            {
                if (!option.Choices.Any(choice => SameValue(choice, candidate)))
                {
                    var allowed = string.Join(", ", option.Choices.Select(Format));
                    errors.Add(new ArgumentValidationError(path, $"must be one of [{allowed}], got {Format(candidate)}", location));
                }
            }
        }

        if (type == "list" && converted is IList items && option.Elements is { } elementType)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = $"{path}[{i}]";
                if (items[i] is null)
                {
                    errors.Add(new ArgumentValidationError(itemPath, $"must be of type {elementType}, got null", location));
                    continue;
                }

                var elementOption = new ArgumentOption { Name = option.Name, Type = elementType, Options = option.Options, Location = option.Location };
                ValidateValue(elementOption, elementType, items[i]!, itemPath, errors, location);
            }

            return;
        }

        if (type == "dict" && option.Options.Count > 0 && converted is IDictionary<string, object?> map)
        {
            ValidateOptions(option.Options, map.AsReadOnly(), path + ".", strict: true, errors, _ => location);
        }
    }

    /// <summary>Ansible's <c>check_type_*</c> conversions; false when the value cannot be the type.</summary>
    internal static bool TryConvert(string type, object value, out object? converted)
    {
        converted = value;
        switch (type)
        {
            case "raw":
                return true;
            case "str" or "path":
                return value is not (IList or IDictionary);
            case "int":
                if (value is long or int or bool)
                {
                    return true;
                }

                if (value is string text && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    converted = number;
                    return true;
                }

                return false;
            case "float":
                if (value is double or long or int)
                {
                    converted = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    return true;
                }

                if (value is string floatText && double.TryParse(floatText, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                {
                    converted = real;
                    return true;
                }

                return false;
            case "bool":
                if (value is bool)
                {
                    return true;
                }

                var word = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                if (value is not (IList or IDictionary) && (TrueWords.Contains(word) || FalseWords.Contains(word)))
                {
                    converted = TrueWords.Contains(word);
                    return true;
                }

                return false;
            case "list":
                switch (value)
                {
                    case IList:
                        return true;
                    case string listText:
                        converted = listText.Split(',').Cast<object?>().ToList();
                        return true;
                    case long or int or double:
                        converted = new List<object?> { Convert.ToString(value, CultureInfo.InvariantCulture) };
                        return true;
                    default:
                        return false;
                }

            case "dict":
                return value is IDictionary<string, object?> || value is string dictText && TryDictFromString(dictText, out converted);
            case "json" or "jsonarg":
                return value is IList or IDictionary or string;
            case "bytes" or "bits":
                return value is long or int or double || value is string size && size.Length > 0 && char.IsAsciiDigit(size[0]);
            default:
                return true;
        }
    }

    private static bool TryDictFromString(string text, out object? converted)
    {
        converted = null;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(trimmed);
                converted = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.ToString(), StringComparer.Ordinal);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        var pairs = trimmed.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (pairs.Length == 0 || !pairs.All(pair => pair.Contains('=', StringComparison.Ordinal)))
        {
            return false;
        }

        converted = pairs.ToDictionary(pair => pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair => (object?)pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        return true;
    }

    private static bool SameValue(object? choice, object? value) =>
        Equals(choice, value)
        || (choice is long or double or int && value is long or double or int
            && Convert.ToDouble(choice, CultureInfo.InvariantCulture) == Convert.ToDouble(value, CultureInfo.InvariantCulture))
        || string.Equals(Format(choice), Format(value), StringComparison.Ordinal);

    private static string Describe(object value) => value switch
    {
        IDictionary => "a dict",
        IList => "a list",
        string text => $"str '{text}'",
        bool flag => $"bool {(flag ? "true" : "false")}",
        long or int => $"int {value}",
        double real => $"float {real.ToString(CultureInfo.InvariantCulture)}",
        _ => value.GetType().Name,
    };

    private static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        double real => real.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
