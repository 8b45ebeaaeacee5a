using Mgi.Api.Text;

namespace Mgi.Api.DataSet;

/// <summary>
/// A source file in data/ is malformed or inconsistent. The message names the file, the record
/// and the field so a curator can go straight to the mistake.
/// </summary>
public sealed class DataSetException(string file, string record, string field, string problem)
    : Exception($"{file}: {record}: {field}: {problem}")
{
    public string File { get; } = file;
    public string Record { get; } = record;
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}
