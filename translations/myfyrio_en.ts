<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>myfyrio::AgreementExchange</name>
    <message numerus="yes">
        <source>The agreement was added to this journal with %n version(s).</source>
        <extracomment>%n is a number of versions.</extracomment>
        <translation>
            <numerusform>The agreement was added to this journal with %n version.</numerusform>
            <numerusform>The agreement was added to this journal with %n versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was newer: %n version(s) or signature(s) were added. Nothing was overwritten.</source>
        <extracomment>%n is a number of versions and signatures.</extracomment>
        <translation>
            <numerusform>The file was newer: %n version or signature was added. Nothing was overwritten.</numerusform>
            <numerusform>The file was newer: %n versions or signatures were added. Nothing was overwritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::CalendarView</name>
    <message numerus="yes">
        <source>Reflections on this day: %n</source>
        <extracomment>%n is a number of reflections.</extracomment>
        <translation>
            <numerusform>Reflections on this day: %n</numerusform>
            <numerusform>Reflections on this day: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::DamagedJournalDialog</name>
    <message numerus="yes">
        <source>At least %n reflection(s) written or changed after then would be missing from the journal.</source>
        <extracomment>%n is how many reflections were written or changed after the backup was made.</extracomment>
        <translation>
            <numerusform>At least %n reflection written or changed after then would be missing from the journal.</numerusform>
            <numerusform>At least %n reflections written or changed after then would be missing from the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalModel</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::MarkdownSource</name>
    <message numerus="yes">
        <source>%n note(s) had no date in their name or front matter; they are dated by when the file was last changed.</source>
        <extracomment>%n is how many notes had no date.</extracomment>
        <translation>
            <numerusform>%n note had no date in its name or front matter; it is dated by when the file was last changed.</numerusform>
            <numerusform>%n notes had no date in their name or front matter; they are dated by when the file was last changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelCatalog</name>
    <message numerus="yes">
        <source>The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. Choose another model for them first.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>
            <numerusform>The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. Choose another model for them first.</numerusform>
            <numerusform>The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. Choose another model for them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::SectionText</name>
    <message numerus="yes">
        <source>Frequency: every %n week(s)</source>
        <translation>
            <numerusform>Frequency: every week</numerusform>
            <numerusform>Frequency: every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Length: %n minute(s)</source>
        <extracomment>%n is a number of minutes.</extracomment>
        <translation>
            <numerusform>Length: %n minute</numerusform>
            <numerusform>Length: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::TrashDialog</name>
    <message numerus="yes">
        <source>Deleted reflections wait here for %n day(s) and are then deleted for good, after a backup of your journal. Restore puts a reflection back in your journal.</source>
        <extracomment>%n is how many days deleted reflections are kept.</extracomment>
        <translation>
            <numerusform>Deleted reflections wait here for %n day and are then deleted for good, after a backup of your journal. Restore puts a reflection back in your journal.</numerusform>
            <numerusform>Deleted reflections wait here for %n days and are then deleted for good, after a backup of your journal. Restore puts a reflection back in your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n chosen reflection(s) for good?</source>
        <extracomment>%n is how many reflections are chosen in the trash.</extracomment>
        <translation>
            <numerusform>Delete the %n chosen reflection for good?</numerusform>
            <numerusform>Delete the %n chosen reflections for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n reflection(s) in the trash for good?</source>
        <extracomment>%n is how many reflections are in the trash.</extracomment>
        <translation>
            <numerusform>Delete the %n reflection in the trash for good?</numerusform>
            <numerusform>Delete all %n reflections in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::TrashCommand</name>
    <message numerus="yes">
        <source>Reflections deleted for good: %n.</source>
        <extracomment>%n is how many reflections were deleted for good.</extracomment>
        <translation>
            <numerusform>Reflections deleted for good: %n.</numerusform>
            <numerusform>Reflections deleted for good: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>See and restore the reflections you deleted, or empty the trash. Items older than %n day(s) are deleted for good by the app, after a backup.</source>
        <extracomment>%n is how many days the trash keeps what was deleted.</extracomment>
        <translation>
            <numerusform>See and restore the reflections you deleted, or empty the trash. Items older than %n day are deleted for good by the app, after a backup.</numerusform>
            <numerusform>See and restore the reflections you deleted, or empty the trash. Items older than %n days are deleted for good by the app, after a backup.</numerusform>
        </translation>
    </message>
</context>
</TS>
