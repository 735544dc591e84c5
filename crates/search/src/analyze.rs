//! The analyzers: how each language's text becomes the terms that are indexed and looked up.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Polish words are cut to this many letters.
pub const POLISH_PREFIX: usize = 5;
/// isiZulu words are indexed as pieces of this many letters.
pub const ZULU_GRAM: usize = 3;

/// The analyzer registered for `lang` under the name `text_<lang>`.
pub fn analyzer(lang: &str) -> TextAnalyzer {
    match lang {
        "en" => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build(),
        "fr" => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::French))
            .build(),
        "pl" => TextAnalyzer::builder(Words {
            kind: Kind::Prefix(POLISH_PREFIX),
        })
        .build(),
        "zu" => TextAnalyzer::builder(Words {
            kind: Kind::Grams(ZULU_GRAM),
        })
        .build(),
        _ => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    }
}

/// The terms `text` gives in `lang`, in order (for tests and for building queries).
pub fn tokens(lang: &str, text: &str) -> Vec<String> {
    let mut analyzer = analyzer(lang);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// The first n letters of each word.
    Prefix(usize),
    /// Each word's pieces of n letters (a shorter word whole).
    Grams(usize),
}

/// Words (runs of letters and digits), lower-cased with accents folded, then cut as `kind`
/// says. Offsets stay those of the whole word, so a highlight marks the word.
#[derive(Clone, Debug)]
struct Words {
    kind: Kind,
}

/// A token stream over tokens made in advance.
struct Made {
    tokens: Vec<Token>,
    at: usize,
}

impl TokenStream for Made {
    fn advance(&mut self) -> bool {
        if self.at < self.tokens.len() {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.at - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.at - 1]
    }
}

/// Lower case, accents off (ł → l too), one char for one char.
fn fold(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'ą' | 'à' | 'á' | 'â' | 'ä' => 'a',
        'ć' | 'ç' => 'c',
        'ę' | 'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'î' | 'ï' => 'i',
        'ł' => 'l',
        'ń' => 'n',
        'ó' | 'ô' | 'ö' => 'o',
        'ś' => 's',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ź' | 'ż' => 'z',
        c => c,
    }
}

impl Tokenizer for Words {
    type TokenStream<'a> = Made;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Made {
        let mut tokens = Vec::new();
        let mut position = 0;
        let mut word: Vec<char> = Vec::new();
        let mut start = 0;
        let mut flush =
            |word: &mut Vec<char>, start: usize, end: usize, tokens: &mut Vec<Token>| {
                if word.is_empty() {
                    return;
                }
                let pieces: Vec<String> = match self.kind {
                    Kind::Prefix(n) => vec![word.iter().take(n).collect()],
                    Kind::Grams(n) if word.len() <= n => vec![word.iter().collect()],
                    Kind::Grams(n) => word.windows(n).map(|w| w.iter().collect()).collect(),
                };
                for text in pieces {
                    tokens.push(Token {
                        offset_from: start,
                        offset_to: end,
                        position,
                        text,
                        position_length: 1,
                    });
                    position += 1;
                }
                word.clear();
            };
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                if word.is_empty() {
                    start = i;
                }
                word.push(fold(c));
            } else {
                flush(&mut word, start, i, &mut tokens);
            }
        }
        flush(&mut word, start, text.len(), &mut tokens);
        Made { tokens, at: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::tokens;

    #[test]
    fn english_and_french_are_stemmed_and_folded() {
        assert_eq!(
            tokens("en", "Integrating newcomers"),
            tokens("en", "integration newcomer")
        );
        assert_eq!(tokens("fr", "égalité"), tokens("fr", "EGALITE"));
        assert_eq!(tokens("fr", "intégrations"), tokens("fr", "intégration"));
    }

    #[test]
    fn polish_inflected_forms_meet() {
        let base = tokens("pl", "integracja");
        for form in ["integracji", "integracją", "Integracje"] {
            assert_eq!(tokens("pl", form), base, "{form}");
        }
        assert_eq!(tokens("pl", "spójność"), tokens("pl", "spojnosci"));
    }

    #[test]
    fn isizulu_words_share_their_pieces_whatever_their_prefix() {
        let bare = tokens("zu", "abafuduki");
        let prefixed = tokens("zu", "kwabafuduki");
        assert!(
            bare.iter().all(|g| prefixed.contains(g)),
            "{bare:?} in {prefixed:?}"
        );
    }
}
