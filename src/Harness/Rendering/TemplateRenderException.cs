namespace IacTest.Harness.Rendering;

/// <summary>Ansible could not render a template; names the template, the line when known, and Ansible's message.</summary>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateRenderException(string templatePath, int? line, string ansibleMessage, string output)
        : base(Secrets.SecretMasker.Shared.Mask($"{templatePath}{(line is null ? string.Empty : $":{line}")}: rendering failed: {ansibleMessage}"))
    {
        TemplatePath = templatePath;
        Line = line;
        AnsibleMessage = ansibleMessage;
        Output = output;
    }

    /// <summary>The template that failed (full path).</summary>
    public string TemplatePath { get; }

    /// <summary>The 1-based line of the template where rendering failed, when it could be found.</summary>
    public int? Line { get; }

    /// <summary>The message Ansible gave.</summary>
    public string AnsibleMessage { get; }

    /// <summary>The whole output of the Ansible run, for diagnosis.</summary>
    public string Output { get; }
}
