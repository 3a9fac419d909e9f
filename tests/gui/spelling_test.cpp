#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/spelling/checkedtexts.h"
#include "app/spelling/personaldictionary.h"
#include "app/spelling/spellhighlighter.h"
#include "app/spelling/spellingmenu.h"
#include "app/spelling/spellingservice.h"
#include "app/spelling/spellingwords.h"
#include "core/journal/reflectionstore.h"
#include "core/util/appsettings.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace myfyrio;

namespace {

/// The words of an edit that carry the spelling underline, once checking has settled.
QStringList underlined(QPlainTextEdit* edit, SpellHighlighter* highlighter)
{
    REQUIRE(QTest::qWaitFor([highlighter] { return !highlighter->isBusy(); }, 10000));
    QStringList words;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange& range : formats) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << block.text().mid(range.start, range.length);
        }
    }
    return words;
}

/// The point in the viewport over the middle of a word.
QPoint pointAt(QPlainTextEdit* edit, const QString& word)
{
    const int position = int(edit->toPlainText().indexOf(word)) + int(word.size()) / 2;
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center();
}

QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions)
        texts << action->text();
    return texts;
}

struct Editor {
    test::TempJournal journal;
    std::unique_ptr<Database> db = journal.open();
    JournalView view{*db};

    ReflectionEditor* editor() const { return view.editor(); }
    QPlainTextEdit* body() const { return view.editor()->bodyEdit(); }
    SpellHighlighter* spelling() const { return editor()->checkedTexts()->highlighterOf(body()); }
    SpellingMenu* menu() const { return editor()->checkedTexts()->menuOf(body()); }

    void open(const QString& language, const QString& body)
    {
        const Reflection r =
            test::addReflection(*db, QStringLiteral("Spelling"), QDate(2024, 3, 1), {}, body, language);
        REQUIRE(view.openReflection(r.id, r.date));
    }
};

} // namespace

TEST_CASE("Welsh clitics and contractions are right when their words are", "[gui][spelling]")
{
    const auto knows = [](const QString& word) {
        static const QStringList words{QStringLiteral("mae"), QStringLiteral("i"), QStringLiteral("gyda"),
                                       QStringLiteral("o"), QStringLiteral("sy")};
        return words.contains(word);
    };
    for (const char* right : {"mae'r", "i'r", "gyda'i", "o'n", "i'n", "dw", "sy'n", "'di", "mae’r"}) {
        INFO(right);
        QString word = QString::fromUtf8(right);
        word.replace(QChar(0x2019), QLatin1Char('\''));
        CHECK(SpellingWords::isCorrect(word, QStringLiteral("cy"), knows));
    }
    for (const char* wrong : {"mea'r", "mae'x", "gdya'i"})
        CHECK_FALSE(SpellingWords::isCorrect(QString::fromUtf8(wrong), QStringLiteral("cy"), knows));
    // The typographic apostrophe is part of the word, and words with digits are not checked.
    const QVector<SpellingWords::Word> words = SpellingWords::split(QStringLiteral("Mae’r tîm 24awr yn e-bost"));
    QStringList texts;
    for (const SpellingWords::Word& w : words)
        texts << w.text;
    CHECK(texts
          == QStringList{QStringLiteral("Mae'r"), QStringLiteral("tîm"), QStringLiteral("yn"), QStringLiteral("bost")});
}

TEST_CASE("Misspelt Welsh words are underlined, and clitics are not", "[gui][spelling]")
{
    Editor e;
    e.open(QStringLiteral("cy"), QStringLiteral("Mae’r tîm yn gwiatho'n galed. Dw i'n mynd i'r ysgoll gyda'i fam, "
                                                "o'n i'n meddwl."));
    CHECK(underlined(e.body(), e.spelling()) == QStringList{QStringLiteral("gwiatho'n"), QStringLiteral("ysgoll")});

    // The menu offers Welsh suggestions first, then Add to Dictionary and Ignore.
    std::unique_ptr<QMenu> menu(e.menu()->create(pointAt(e.body(), QStringLiteral("ysgoll"))));
    const QStringList texts = actionTexts(menu.get());
    CHECK(texts.constFirst() == QStringLiteral("ysgol"));
    CHECK(texts.contains(QStringLiteral("Add to Dictionary")));
    CHECK(texts.contains(QStringLiteral("Ignore")));
    // Choosing a suggestion replaces the word.
    menu->actions().constFirst()->trigger();
    CHECK(e.body()->toPlainText().contains(QStringLiteral("i'r ysgol gyda'i")));
    CHECK(underlined(e.body(), e.spelling()) == QStringList{QStringLiteral("gwiatho'n")});
}

TEST_CASE("English is checked in English, and switching the language checks again", "[gui][spelling]")
{
    Editor e;
    e.open(QStringLiteral("en"), QStringLiteral("The team's colour was recieved well; dw i'n."));
    const QStringList english = underlined(e.body(), e.spelling());
    CHECK(english.contains(QStringLiteral("recieved")));
    CHECK_FALSE(english.contains(QStringLiteral("colour")));
    CHECK_FALSE(english.contains(QStringLiteral("team's")));
    std::unique_ptr<QMenu> menu(e.menu()->create(pointAt(e.body(), QStringLiteral("recieved"))));
    CHECK(actionTexts(menu.get()).mid(0, 6).contains(QStringLiteral("received")));

    // The entry's language changes: the same text is checked in Welsh.
    auto* language = e.editor()->findChild<QComboBox*>();
    REQUIRE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("cy")));
    CHECK(e.spelling()->language() == QStringLiteral("cy"));
    const QStringList welsh = underlined(e.body(), e.spelling());
    CHECK(welsh.contains(QStringLiteral("colour")));
    CHECK_FALSE(welsh.contains(QStringLiteral("dw")));
}

TEST_CASE("Add to Dictionary keeps the word in a private list in the data folder", "[gui][spelling]")
{
    Editor e;
    e.open(QStringLiteral("cy"), QStringLiteral("Roedd Myfyrioadur yn dda, a Myfyrioadur'r tîm hefyd."));
    REQUIRE(underlined(e.body(), e.spelling()).contains(QStringLiteral("Myfyrioadur")));
    std::unique_ptr<QMenu> menu(e.menu()->create(pointAt(e.body(), QStringLiteral("Myfyrioadur"))));
    QAction* add = menu->findChild<QAction*>(QStringLiteral("addToDictionary"));
    REQUIRE(add);
    add->trigger();
    CHECK(underlined(e.body(), e.spelling()).isEmpty()); // the word with its clitic too
    QFile list(PersonalDictionary::pathFor(QStringLiteral("cy")));
    REQUIRE(list.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(list.readAll()).split(QLatin1Char('\n')).contains(QStringLiteral("Myfyrioadur")));
    CHECK(list.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Ignore: not saved, but not marked again this session.
    e.body()->setPlainText(QStringLiteral("Mae hyn yn xyzzyq."));
    REQUIRE(underlined(e.body(), e.spelling()) == QStringList{QStringLiteral("xyzzyq")});
    menu.reset(e.menu()->create(pointAt(e.body(), QStringLiteral("xyzzyq"))));
    menu->findChild<QAction*>(QStringLiteral("ignoreWord"))->trigger();
    CHECK(underlined(e.body(), e.spelling()).isEmpty());
}

TEST_CASE("The answers to prompts are checked in the entry's language", "[gui][spelling]")
{
    test::TempJournal journal;
    auto db = journal.open();
    JournalView view(*db);
    auto* panel = new GuidedAnswersPanel(*db);
    view.editor()->addPanel(panel);
    Reflection r = test::addReflection(*db, QStringLiteral("Gibbs"), QDate(2024, 3, 1), {}, {}, QStringLiteral("cy"));
    r.model = QStringLiteral("gibbs");
    r.answers.insert(QStringLiteral("description"), QStringLiteral("Roedd y sefyllfa'n anodd a'r tîm yn fliniedig."));
    REQUIRE(ReflectionStore(*db).update(r));
    REQUIRE(view.openReflection(r.id, r.date));
    QPlainTextEdit* answer = panel->answerEdit(QStringLiteral("description"));
    REQUIRE(answer);
    SpellHighlighter* spelling = view.editor()->checkedTexts()->highlighterOf(answer);
    REQUIRE(spelling);
    CHECK(spelling->language() == QStringLiteral("cy"));
    CHECK(underlined(answer, spelling) == QStringList{QStringLiteral("fliniedig")});
}

TEST_CASE("Without a dictionary the editor works and says spelling is off", "[gui][spelling]")
{
    appSettings()->setValue(QStringLiteral("spelling/dictionary-en"), QStringLiteral("zz_NONE"));
    Editor e;
    e.open(QStringLiteral("en"), QStringLiteral("Nothing is underliend here."));
    // The status appears once the worker has looked for the dictionary.
    REQUIRE(
        QTest::qWaitFor([&e] { return e.editor()->checkedTexts()->statusLabel()->isVisibleTo(e.editor()); }, 10000));
    CHECK(e.editor()->checkedTexts()->statusLabel()->text().contains(QStringLiteral("not checked")));
    CHECK(underlined(e.body(), e.spelling()).isEmpty());
    e.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&e.view));
    e.body()->setFocus();
    e.body()->moveCursor(QTextCursor::End);
    test::typeText(e.body(), QStringLiteral(" More text."));
    CHECK(e.body()->toPlainText().endsWith(QStringLiteral("More text.")));
    appSettings()->remove(QStringLiteral("spelling/dictionary-en"));
}
