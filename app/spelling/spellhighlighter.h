#pragma once

#include <QElapsedTimer>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTimer>

namespace myfyrio {

/// Underlines the misspelt words of one text document in a language, as you
/// type. It only ever asks SpellingService's cache, so a keystroke costs a
/// lookup per word of its paragraph; words not checked yet are checked in the
/// worker thread, and their paragraphs are marked again a few at a time (never
/// more than a few milliseconds in one go), so that a 10,000-word entry loads
/// and settles without stalling the window. When Qt asks for many paragraphs
/// at once (a whole entry loaded or pasted), those past the first few
/// milliseconds are left for the same slices.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Milliseconds of marking in one go before the event loop gets its turn.
    static constexpr int sliceMilliseconds = 6;

    explicit SpellHighlighter(QTextDocument* document);

    /// "cy", "en", or empty for no checking. Marks the whole text again, a slice at a time.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    /// True while some words wait for the dictionary or some paragraphs wait to be marked.
    bool isBusy() const;

protected:
    void highlightBlock(const QString& text) override;

private:
    void onChecked(const QString& language, const QStringList& words);
    void startScan();
    void markAllPending();
    void scanSlice();
    bool needsMarking(const QTextBlock& block) const;

    QString m_language;
    QElapsedTimer m_burst; ///< since the first paragraph marked in this turn of the event loop
    bool m_inBurst = false;
    bool m_scanning = false;
    QTimer m_scan;
    int m_scanFrom = 0;
    bool m_rescan = false;
};

} // namespace myfyrio
