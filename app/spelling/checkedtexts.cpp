#include "app/spelling/checkedtexts.h"

#include "app/search/matchmarker.h"
#include "app/spelling/spellhighlighter.h"
#include "app/spelling/spellingmenu.h"
#include "app/spelling/spellingservice.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>

namespace myfyrio {

CheckedTexts::CheckedTexts(QWidget* parent) : QObject(parent), m_status(new QLabel(parent))
{
    m_status->setObjectName(QStringLiteral("spellingStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    m_status->installEventFilter(this);
    connect(&SpellingService::instance(), &SpellingService::availabilityChanged, this, &CheckedTexts::updateStatus);
}

void CheckedTexts::attach(QPlainTextEdit* edit)
{
    prune();
    auto* spelling = new SpellHighlighter(edit->document());
    spelling->setLanguage(m_language);
    auto* menu = new SpellingMenu(edit, spelling);
    connect(menu, &SpellingMenu::problem, this, [this](const QString& message) {
        m_problem = message;
        updateStatus();
    });
    auto* marks = new MatchMarker(edit);
    marks->setSearch(m_search, m_language == QLatin1String("cy"));
    m_attached.append({edit, spelling, menu, marks});
}

void CheckedTexts::prune()
{
    m_attached.erase(std::remove_if(m_attached.begin(), m_attached.end(),
                                    [](const Attached& attached) { return attached.edit.isNull(); }),
                     m_attached.end());
}

void CheckedTexts::setLanguage(const QString& language)
{
    prune();
    if (language == m_language)
        return;
    m_language = language;
    SpellingService::instance().prepare(language);
    for (const Attached& attached : std::as_const(m_attached)) {
        attached.spelling->setLanguage(language);
        attached.marks->setSearch(m_search, language == QLatin1String("cy"));
    }
    updateStatus();
}

void CheckedTexts::setSearch(const QString& text)
{
    m_search = SearchQuery::parse(text);
    refreshMarks();
}

SpellHighlighter* CheckedTexts::highlighterOf(const QPlainTextEdit* edit) const
{
    for (const Attached& attached : m_attached) {
        if (attached.edit == edit)
            return attached.spelling;
    }
    return nullptr;
}

void CheckedTexts::refreshMarks()
{
    prune();
    for (const Attached& attached : std::as_const(m_attached))
        attached.marks->setSearch(m_search, m_language == QLatin1String("cy"));
}

SpellingMenu* CheckedTexts::menuOf(const QPlainTextEdit* edit) const
{
    for (const Attached& attached : m_attached) {
        if (attached.edit == edit)
            return attached.menu;
    }
    return nullptr;
}

MatchMarker* CheckedTexts::markerOf(const QPlainTextEdit* edit) const
{
    for (const Attached& attached : m_attached) {
        if (attached.edit == edit)
            return attached.marks;
    }
    return nullptr;
}

bool CheckedTexts::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_status && event->type() == QEvent::LanguageChange)
        updateStatus();
    return QObject::eventFilter(watched, event);
}

void CheckedTexts::updateStatus()
{
    const bool off =
        !m_language.isEmpty()
        && SpellingService::instance().availability(m_language) == SpellingService::Availability::Unavailable;
    QString text;
    if (off && m_language == QLatin1String("cy"))
        text = tr("Spelling is not checked: no Welsh dictionary is installed (the Debian package aspell-cy).");
    else if (off)
        text = tr("Spelling is not checked: no English dictionary is installed (the Debian package aspell-en).");
    if (!m_problem.isEmpty())
        text = text.isEmpty() ? m_problem : text + QLatin1Char('\n') + m_problem;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace myfyrio
