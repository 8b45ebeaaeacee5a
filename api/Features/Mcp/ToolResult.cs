using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol.Protocol;

namespace Mgi.Api.Features.Mcp;

/// <summary>How a tool answers: its structured result (the output schema's) and a short text form; or a tool error.</summary>
public static class ToolResult
{
    /// <summary>The API's JSON (camelCase, nulls written, text unescaped where JSON allows): the tools' results and output schemas.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static CallToolResult Of<T>(T structured, string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(structured, Json),
    };

    /// <summary>A tool error: the reasons, each naming its argument as the HTTP API's problem details do.</summary>
    public static CallToolResult Refusal(IReadOnlyList<ValidationFailure> failures) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = string.Join(" ", failures.Select(f => f.ErrorMessage)) }],
    };
}
