namespace IacTest.Harness.Rendering;

/// <summary>One template rendered by Ansible.</summary>
/// <param name="Template">The template's path relative to the role's <c>templates/</c> (or the path given).</param>
/// <param name="Text">The rendered text, or null when rendering failed.</param>
/// <param name="Error">Why rendering failed, or null.</param>
public sealed record RenderedTemplate(string Template, string? Text, TemplateRenderException? Error)
{
    /// <summary>The rendered text; throws the rendering error when there is one.</summary>
    public string EnsureText() => Error is not null ? throw Error : Text!;
}
