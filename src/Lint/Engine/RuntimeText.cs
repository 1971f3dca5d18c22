namespace IacTest.Lint.Engine;

/// <summary>
/// Keeps the runtime's exception text out of user messages where a message is built from a component's (the YAML
/// parser passes some of its library's exception messages on as syntax errors).
/// </summary>
internal static class RuntimeText
{
    // Messages of the runtime's own exceptions, which say nothing about the user's file.
    private static readonly string[] Fragments =
    [
        "Operation is not valid due to", "(Parameter '", "Index was outside the bounds", "Object reference not set",
        "Value cannot be null", "must be a non-negative value", "Specified argument was out of", "Actual value was",
        "Exception:", "Sequence contains no", "Collection was modified", "Tag value must not be empty",
    ];

    /// <summary><paramref name="message"/>, or <paramref name="plain"/> when it holds runtime exception text.</summary>
    public static string Without(string message, string plain)
    {
        foreach (var fragment in Fragments)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return plain;
            }
        }

        return message;
    }
}
