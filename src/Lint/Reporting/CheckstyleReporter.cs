using System.Globalization;
using System.Text;
using System.Xml;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Reporting;

/// <summary>
/// Writes checkstyle XML: <c>&lt;checkstyle&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>,
/// one <c>file</c> element per file in the order files first appear. Jenkins' warnings-ng, Bitbucket and many
/// dashboards read it.
/// </summary>
internal static class CheckstyleReporter
{
    /// <summary>The checkstyle report version the layout follows.</summary>
    public const string FormatVersion = "4.3";

    /// <summary>Writes the document in UTF-8.</summary>
    public static void Write(Stream stream, IEnumerable<LintDiagnostic> diagnostics)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("checkstyle");
        xml.WriteAttributeString("version", FormatVersion);
        foreach (var file in diagnostics.GroupBy(d => d.File, StringComparer.Ordinal))
        {
            xml.WriteStartElement("file");
            xml.WriteAttributeString("name", file.Key);
            foreach (var d in file)
            {
                xml.WriteStartElement("error");
                xml.WriteAttributeString("line", Math.Max(1, d.Line).ToString(CultureInfo.InvariantCulture));
                if (d.Column >= 1)
                {
                    xml.WriteAttributeString("column", d.Column.ToString(CultureInfo.InvariantCulture));
                }

                xml.WriteAttributeString("severity", d.Severity.ToName());
                xml.WriteAttributeString("message", d.Message);
                // The source names the check as checkstyle's dotted class names do, so dashboards group by rule.
                xml.WriteAttributeString("source", $"iactest.{d.Code}.{d.Rule}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }
}
