namespace IacTest.Harness.Rendering;

/// <summary>One template rendered by Ansible.</summary>
/// <param name="Template">The template's path relative to the role's <c>templates/</c> (or the path given).</param>
/// <param name="Text">The rendered text, or null when Ansible could not render it.</param>
/// <param name="Error">
/// Why the result is not ok, or null: Ansible failed, or the template read a variable defined nowhere (then
/// <paramref name="Text"/> still holds what Ansible wrote, for diagnosis).
/// </param>
public sealed record RenderedTemplate(string Template, string? Text, TemplateRenderException? Error)
{
    /// <summary>Whether the template rendered with every variable it reads defined.</summary>
    public bool IsOk => Error is null;

    /// <summary>The rendered text; throws the rendering error when there is one.</summary>
    public string EnsureText() => Error is not null ? throw Error : Text!;
}
