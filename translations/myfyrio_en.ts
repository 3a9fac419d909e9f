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
</TS>
