#include "app/spelling/spellhighlighter.h"

#include "app/spelling/spellingservice.h"
#include "app/spelling/spellingwords.h"

#include <QTextDocument>

namespace myfyrio {

namespace {

/// Set on a paragraph that has words the dictionary has not answered about yet.
class PendingWords : public QTextBlockUserData
{
public:
    bool pending = true;
};

PendingWords* pendingOf(const QTextBlock& block)
{
    return static_cast<PendingWords*>(block.userData());
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    m_scan.setInterval(0);
    m_scan.setSingleShot(true);
    connect(&m_scan, &QTimer::timeout, this, &SpellHighlighter::scanSlice);
    connect(&SpellingService::instance(), &SpellingService::checked, this, &SpellHighlighter::onChecked);
    connect(&SpellingService::instance(), &SpellingService::availabilityChanged, this, [this](const QString& language) {
        if (language == m_language)
            startScan();
    });
}

void SpellHighlighter::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    markAllPending();
}

bool SpellHighlighter::isBusy() const
{
    if (m_scan.isActive() || (!m_language.isEmpty() && SpellingService::instance().isChecking(m_language)))
        return true;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const PendingWords* data = pendingOf(block); !data || data->pending)
            return !m_language.isEmpty() && !block.text().isEmpty()
                   && SpellingService::instance().availability(m_language)
                          != SpellingService::Availability::Unavailable;
    }
    return false;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    auto* data = static_cast<PendingWords*>(currentBlockUserData());
    if (!data) {
        data = new PendingWords;
        setCurrentBlockUserData(data);
    }
    data->pending = false;
    if (m_language.isEmpty())
        return;
    if (!m_scanning) {
        if (!m_inBurst) {
            m_inBurst = true;
            m_burst.start();
            QTimer::singleShot(0, this, [this] { m_inBurst = false; });
        } else if (m_burst.elapsed() >= sliceMilliseconds) {
            data->pending = true; // marked by the next slices instead
            startScan();
            return;
        }
    }
    SpellingService& service = SpellingService::instance();
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    const QVector<SpellingWords::Word> words = SpellingWords::split(text);
    for (const SpellingWords::Word& word : words) {
        switch (service.state(m_language, word.text)) {
        case SpellingService::State::Misspelt:
            setFormat(word.start, word.length, misspelt);
            break;
        case SpellingService::State::Unknown:
            data->pending = service.availability(m_language) != SpellingService::Availability::Unavailable;
            break;
        case SpellingService::State::Correct:
            break;
        }
    }
}

void SpellHighlighter::onChecked(const QString& language, const QStringList& words)
{
    if (language != m_language)
        return;
    // Paragraphs waiting for answers are marked again; so are those with a
    // word whose answer changed (added to the dictionary, ignored).
    constexpr int manyWords = 32;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        PendingWords* data = pendingOf(block);
        if (!data || data->pending)
            continue;
        const QString text = block.text();
        data->pending =
            words.size() > manyWords
            || std::any_of(words.cbegin(), words.cend(), [&text](const QString& word) { return text.contains(word); });
    }
    startScan();
}

void SpellHighlighter::startScan()
{
    if (m_scan.isActive() || m_scanFrom > 0) {
        m_rescan = true;
        return;
    }
    m_scanFrom = 0;
    m_scan.start();
}

void SpellHighlighter::markAllPending()
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (PendingWords* data = pendingOf(block))
            data->pending = true;
        else
            block.setUserData(new PendingWords);
    }
    m_scanFrom = 0;
    m_rescan = false;
    m_scan.start();
}

bool SpellHighlighter::needsMarking(const QTextBlock& block) const
{
    if (!block.layout()->formats().isEmpty())
        return true;
    SpellingService& service = SpellingService::instance();
    const QVector<SpellingWords::Word> words = SpellingWords::split(block.text());
    return std::any_of(words.cbegin(), words.cend(), [this, &service](const SpellingWords::Word& word) {
        return service.state(m_language, word.text) != SpellingService::State::Correct;
    });
}

void SpellHighlighter::scanSlice()
{
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = document()->findBlockByNumber(m_scanFrom);
    m_scanning = true;
    while (block.isValid() && clock.elapsed() < sliceMilliseconds) {
        PendingWords* data = pendingOf(block);
        if (!data || data->pending) {
            if (data && !needsMarking(block))
                data->pending = false; // nothing to underline or clear: spare Qt the layout
            else
                rehighlightBlock(block);
        }
        block = block.next();
        ++m_scanFrom;
    }
    m_scanning = false;
    if (block.isValid()) {
        m_scan.start();
        return;
    }
    m_scanFrom = 0;
    if (m_rescan) {
        m_rescan = false;
        m_scan.start();
    }
}

} // namespace myfyrio
