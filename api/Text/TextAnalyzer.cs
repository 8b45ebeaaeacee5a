using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Mgi.Api.Text;

/// <summary>
/// How text becomes terms, the same for what is indexed and what is asked: words are runs of
/// letters and digits (everything else separates them, as <see cref="TextQuery"/> splits a query),
/// lower-cased, folded to ASCII (Michoacán, MICHOACAN → michoacan) and reduced to their English stem
/// (Porter: migrants, migrant → migrant). No stop words are dropped: every word asked must match.
/// </summary>
/// <remarks>
/// Two chains, by field: searched text (stems), and <see cref="PairsField"/>: each word as typed
/// (folded) followed by its stem at the same position, which queries and snippets read.
/// </remarks>
public sealed class TextAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY) // the chain differs by field
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string PairsField = "pairs";
    public const int MinPrefix = 3;

    /// <summary>Whether a code point belongs to a word (a broken surrogate does not).</summary>
    public static bool IsWordChar(int codePoint) => Rune.IsValid(codePoint) && Rune.IsLetterOrDigit(new Rune(codePoint));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var words = new WordTokenizer(reader);
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(Version, words));
        if (fieldName == PairsField) return new TokenStreamComponents(words, new PorterStemFilter(new KeywordRepeatFilter(folded)));
        return new TokenStreamComponents(words, new PorterStemFilter(folded));
    }

    // Columns sharing a field are its values: a phrase does not run from one into the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    sealed class WordTokenizer(TextReader reader) : CharTokenizer(Version, reader)
    {
        protected override bool IsTokenChar(int c) => IsWordChar(c);
    }
}
