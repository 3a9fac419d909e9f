// Times spell-checking in the editor: loads an entry of N words (10,000 by
// default) into a checked text box, waits until every word is checked and
// marked, then types into it, and prints the longest time the GUI thread was
// away from its event loop. A benchmark, not a test: run it by hand.
//
//   myfyrio_spelling_benchmark [WORDS]

#include "app/spelling/checkedtexts.h"
#include "app/spelling/spellhighlighter.h"
#include "app/spelling/spellingservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace myfyrio;

namespace {

/// Times every event the application delivers, so that the longest one (the
/// longest the GUI thread was away from its event loop) can be named.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        QElapsedTimer clock;
        clock.start();
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const qint64 us = clock.nsecsElapsed() / 1000;
        // Widgets' and windows' own events (layout, paint) are Qt's; the rest (timers, queued calls) are checking.
        const bool qtOwn = receiver->isWidgetType() || receiver->isWindowType();
        if (depth == 0 && !qtOwn && us > longestUs) {
            longestUs = us;
            longestWhat = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/')
                          + QString::number(int(event->type()));
        }
        if (depth == 0 && qtOwn)
            longestQtUs = qMax(longestQtUs, us);
        return result;
    }

    static inline qint64 longestUs = 0;
    static inline qint64 longestQtUs = 0;
    static inline QString longestWhat;
    static inline int depth = 0;
};

QString takeLongest()
{
    const QString what = QStringLiteral("%1 ms (%2); Qt's own layout and painting %3 ms")
                             .arg(TimingApplication::longestUs / 1000.0, 0, 'f', 1)
                             .arg(TimingApplication::longestWhat)
                             .arg(TimingApplication::longestQtUs / 1000.0, 0, 'f', 1);
    TimingApplication::longestUs = 0;
    TimingApplication::longestQtUs = 0;
    return what;
}

QString entry(int words, int wordsPerParagraph, const QString& stem)
{
    const QStringList vocabulary = {
        QStringLiteral("Mae'r"),      QStringLiteral("tîm"),    QStringLiteral("yn"),
        QStringLiteral("gweithio"),   QStringLiteral("gyda'i"), QStringLiteral("gilydd"),
        QStringLiteral("ar"),         QStringLiteral("ddydd"),  QStringLiteral("Sul"),
        QStringLiteral("ond"),        QStringLiteral("roedd"),  QStringLiteral("y"),
        QStringLiteral("sefyllfa'n"), QStringLiteral("anodd"),  QStringLiteral("gwiatho"),
        QStringLiteral("ysgoll"),     QStringLiteral("dw"),     QStringLiteral("i'n"),
        QStringLiteral("meddwl"),     QStringLiteral("bod"),    QStringLiteral("goruchwyliaeth"),
        QStringLiteral("wedi"),       QStringLiteral("helpu"),  QStringLiteral("llawer"),
    };
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i % 5 == 4) {
            // A word of its own every fifth word, so that about 2,000 differ, as in real writing.
            QString unique = stem;
            for (int n = i; n > 0; n /= 26)
                unique += QChar(QLatin1Char('a').unicode() + n % 26);
            text += unique;
        } else {
            text += vocabulary.at(i % vocabulary.size());
        }
        text += (i + 1) % wordsPerParagraph == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

/// Runs the event loop until done() is true, and returns the longest gap between two turns of it.
qint64 longestStall(const std::function<bool()>& done, qint64& total)
{
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer gap;
    gap.start();
    qint64 longest = 0;
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = qMax(longest, gap.nsecsElapsed());
        gap.restart();
        if (clock.elapsed() > 60000)
            break;
    }
    total = clock.elapsed();
    return longest / 1000;
}

/// The same load and typing in a text box without checking: what Qt itself costs.
void baseline(const QString& text, qint64& loadMs, qint64& stallUs, qint64& keyUs)
{
    QPlainTextEdit edit;
    edit.resize(900, 700);
    edit.show();
    qint64 total = 0;
    QElapsedTimer load;
    load.start();
    edit.setPlainText(text);
    loadMs = load.elapsed();
    int turns = 0;
    stallUs = longestStall([&turns] { return ++turns > 50; }, total);
    QTextCursor cursor(edit.document());
    cursor.setPosition(int(text.size()) / 2);
    keyUs = 0;
    for (QChar c : QStringLiteral(" Roedd hyn yn anoddd iawn i'r tîm")) {
        QElapsedTimer key;
        key.start();
        cursor.insertText(QString(c));
        QCoreApplication::processEvents();
        keyUs = qMax(keyUs, key.nsecsElapsed() / 1000);
    }
}

void run(int words, int perParagraph, const QString& label, const QString& stem)
{
    const QString text = entry(words, perParagraph, stem);
    qint64 baseLoad = 0, baseStall = 0, baseKey = 0;
    baseline(text, baseLoad, baseStall, baseKey);
    const QString baseEvent = takeLongest();

    QPlainTextEdit edit;
    edit.resize(900, 700);
    edit.show();
    CheckedTexts texts(&edit);
    texts.attach(&edit);
    texts.setLanguage(QStringLiteral("cy"));
    SpellHighlighter* highlighter = texts.highlighterOf(&edit);
    qint64 total = 0;
    longestStall([highlighter] { return !highlighter->isBusy(); }, total);
    takeLongest();

    QElapsedTimer load;
    load.start();
    edit.setPlainText(text);
    const qint64 loadMs = load.elapsed();
    longestStall([highlighter] { return !highlighter->isBusy(); }, total);
    const QString settleEvent = takeLongest();

    // Typing: a keystroke at a time in the middle of the text, each followed by the event loop.
    QTextCursor cursor(edit.document());
    cursor.setPosition(int(text.size()) / 2);
    qint64 slowestKey = 0;
    for (QChar c : QStringLiteral(" Roedd hyn yn anoddd iawn i'r tîm")) {
        QElapsedTimer key;
        key.start();
        cursor.insertText(QString(c));
        slowestKey = qMax(slowestKey, key.nsecsElapsed() / 1000);
        QCoreApplication::processEvents();
    }
    qint64 typedTotal = 0;
    longestStall([highlighter] { return !highlighter->isBusy(); }, typedTotal);
    const QString typingEvent = takeLongest();

    std::printf("%s: %d words, %d a paragraph\n", qPrintable(label), words, perParagraph);
    std::printf("  without checking: setPlainText %lld ms, slowest keystroke %.1f ms, longest other event %s\n",
                static_cast<long long>(baseLoad), baseKey / 1000.0, qPrintable(baseEvent));
    std::printf("  with checking:    setPlainText %lld ms, slowest keystroke %.1f ms\n", static_cast<long long>(loadMs),
                slowestKey / 1000.0);
    std::printf("  all checked and marked after %lld ms; longest checking event meanwhile %s\n",
                static_cast<long long>(total), qPrintable(settleEvent));
    std::printf("  longest checking event while typing and after %s\n", qPrintable(typingEvent));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    TimingApplication app(argc, argv);
    const int words = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    run(words, 120, QStringLiteral("Paragraphs"), QStringLiteral("gair"));
    run(words, words, QStringLiteral("One paragraph"), QStringLiteral("gwrd"));
    return 0;
}
