<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>myfyrio::Database</name>
    <message>
        <source>No journal file was given.</source>
        <translation>Ni roddwyd ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>Nid yw “%1” yn ffeil.</translation>
    </message>
    <message>
        <source>There is no journal at “%1”.</source>
        <translation>Does dim dyddlyfr yn “%1”.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be opened: %2</source>
        <translation>Doedd dim modd agor y dyddlyfr “%1”: %2</translation>
    </message>
    <message>
        <source>The journal “%1” could not be read.</source>
        <translation>Doedd dim modd darllen y dyddlyfr “%1”.</translation>
    </message>
    <message>
        <source>The journal could not be upgraded because no backup copy could be made first: %1</source>
        <translation>Doedd dim modd diweddaru&apos;r dyddlyfr oherwydd nad oedd modd gwneud copi wrth gefn yn gyntaf: %1</translation>
    </message>
    <message>
        <source>The journal could not be upgraded to version %1 (%2): %3 It has been left as it was.</source>
        <translation>Doedd dim modd diweddaru&apos;r dyddlyfr i fersiwn %1 (%2): %3 Mae wedi&apos;i adael fel yr oedd.</translation>
    </message>
    <message>
        <source>The backup “%1” already exists.</source>
        <translation>Mae&apos;r copi wrth gefn “%1” yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check, so no backup was made.</source>
        <translation>Methodd y dyddlyfr ei wiriad cywirdeb, felly ni wnaed copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalFile</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Doedd dim modd creu&apos;r ffolder “%1”.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be created: %2</source>
        <translation>Doedd dim modd creu&apos;r dyddlyfr “%1”: %2</translation>
    </message>
    <message>
        <source>The journal “%1” could not be made private to you.</source>
        <translation>Doedd dim modd gwneud y dyddlyfr “%1” yn breifat i chi.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be opened: %2</source>
        <translation>Doedd dim modd agor y dyddlyfr “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio journal (it is not an SQLite database). It has been left untouched.</source>
        <translation>Nid yw “%1” yn ddyddlyfr Myfyrio (nid yw&apos;n gronfa ddata SQLite). Mae wedi&apos;i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>The journal “%1” is damaged and cannot be opened. It has been left untouched; restore it from a backup copy.</source>
        <translation>Mae&apos;r dyddlyfr “%1” wedi&apos;i ddifrodi ac nid oes modd ei agor. Mae wedi&apos;i adael heb ei gyffwrdd; adferwch ef o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be read.</source>
        <translation>Doedd dim modd darllen y dyddlyfr “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a database that belongs to another program, not a Myfyrio journal. It has been left untouched.</source>
        <translation>Mae “%1” yn gronfa ddata sy&apos;n perthyn i raglen arall, nid yn ddyddlyfr Myfyrio. Mae wedi&apos;i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>The journal “%1” was made by a newer version of Myfyrio. Update Myfyrio to open it; the file has been left untouched.</source>
        <translation>Cafodd y dyddlyfr “%1” ei wneud gan fersiwn mwy newydd o Myfyrio. Diweddarwch Myfyrio i&apos;w agor; mae&apos;r ffeil wedi&apos;i gadael heb ei chyffwrdd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectionStore</name>
    <message>
        <source>The reflection has no valid date.</source>
        <translation>Does gan y myfyrdod ddim dyddiad dilys.</translation>
    </message>
    <message>
        <source>The date %1 is outside the years 1900 to 9999.</source>
        <translation>Mae&apos;r dyddiad %1 y tu allan i&apos;r blynyddoedd 1900 i 9999.</translation>
    </message>
    <message>
        <source>The language of a reflection must be Welsh (cy) or English (en).</source>
        <translation>Rhaid i iaith myfyrdod fod yn Gymraeg (cy) neu&apos;n Saesneg (en).</translation>
    </message>
    <message>
        <source>The reflection “%1” is no longer in the journal.</source>
        <translation>Nid yw&apos;r myfyrdod “%1” yn y dyddlyfr mwyach.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli</name>
    <message>
        <source>Add a reflection to the journal.</source>
        <translation>Ychwanegu myfyrdod at y dyddlyfr.</translation>
    </message>
    <message>
        <source>List the reflections, newest first.</source>
        <translation>Rhestru&apos;r myfyrdodau, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Search the reflections for words.</source>
        <translation>Chwilio&apos;r myfyrdodau am eiriau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::AddCommand</name>
    <message>
        <source>Add a reflection to the journal. Without --body, the body is read from standard input.</source>
        <translation>Ychwanegu myfyrdod at y dyddlyfr. Heb --body, darllenir y corff o&apos;r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>The title of the reflection.</source>
        <translation>Teitl y myfyrdod.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>The day the reflection is about (YYYY-MM-DD; today if left out).</source>
        <translation>Y diwrnod y mae&apos;r myfyrdod yn sôn amdano (BBBB-MM-DD; heddiw os na roddir un).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>A tag; repeat for more tags.</source>
        <translation>Tag; ailadroddwch am ragor o dagiau.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The language it is written in: cy or en.</source>
        <translation>Yr iaith y mae wedi&apos;i ysgrifennu ynddi: cy neu en.</translation>
    </message>
    <message>
        <source>Mark the reflection to bring to supervision (it is private otherwise).</source>
        <translation>Nodi&apos;r myfyrdod i&apos;w ddwyn i oruchwyliaeth (mae&apos;n breifat fel arall).</translation>
    </message>
    <message>
        <source>The text of the reflection.</source>
        <translation>Testun y myfyrdod.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>A reflection needs a title: give one with --title.</source>
        <translation>Mae angen teitl ar fyfyrdod: rhowch un gyda --title.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date. Use the form YYYY-MM-DD, for example 2024-03-01.</source>
        <translation>Nid yw “%1” yn ddyddiad dilys. Defnyddiwch y ffurf BBBB-MM-DD, er enghraifft 2024-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a language Myfyrio knows. Use cy (Cymraeg) or en (English).</source>
        <translation>Nid yw “%1” yn iaith y mae Myfyrio yn ei hadnabod. Defnyddiwch cy (Cymraeg) neu en (English).</translation>
    </message>
    <message>
        <source>Type the reflection, then press Ctrl+D on a line of its own.</source>
        <translation>Teipiwch y myfyrdod, yna pwyswch Ctrl+D ar linell ar ei phen ei hun.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CliRunner</name>
    <message>
        <source>Use the journal at PATH instead of the default one.</source>
        <translation>Defnyddio&apos;r dyddlyfr yn LLWYBR yn lle&apos;r un rhagosodedig.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>LLWYBR</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version of Myfyrio.</source>
        <translation>Dangos fersiwn Myfyrio.</translation>
    </message>
    <message>
        <source>Myfyrio, a reflective-practice journal. Without a command it opens the journal in a window.</source>
        <translation>Myfyrio, dyddlyfr ymarfer myfyriol. Heb orchymyn, mae&apos;n agor y dyddlyfr mewn ffenestr.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Y gorchymyn i&apos;w redeg (gweler isod).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[gorchymyn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Run “myfyrio COMMAND --help” to see the options of a command.</source>
        <translation>Rhedwch “myfyrio GORCHYMYN --help” i weld dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <source>“%1” is not a command. Run “myfyrio --help” to see the commands.</source>
        <translation>Nid yw “%1” yn orchymyn. Rhedwch “myfyrio --help” i weld y gorchmynion.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ListCommand</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>The journal has no reflections yet.</source>
        <translation>Does dim myfyrdodau yn y dyddlyfr eto.</translation>
    </message>
    <message>
        <source>No reflection matches “%1”.</source>
        <translation>Does dim myfyrdod yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>List the reflections in the journal, newest first.</source>
        <translation>Rhestru&apos;r myfyrdodau yn y dyddlyfr, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Only reflections with this tag.</source>
        <translation>Dim ond myfyrdodau gyda&apos;r tag hwn.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>Search the reflections for words; accents are ignored, so “dwr” finds “dŵr”.</source>
        <translation>Chwilio&apos;r myfyrdodau am eiriau; anwybyddir acenion, felly mae “dwr” yn canfod “dŵr”.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Y geiriau i chwilio amdanynt.</translation>
    </message>
    <message>
        <source>Say what to search for, for example: myfyrio search supervision</source>
        <translation>Dywedwch beth i chwilio amdano, er enghraifft: myfyrio search goruchwyliaeth</translation>
    </message>
</context>
<context>
    <name>myfyrio::sql</name>
    <message>
        <source>The journal is in use by another program. Close it there and try again.</source>
        <translation>Mae rhaglen arall yn defnyddio&apos;r dyddlyfr. Caewch ef yno a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal cannot be changed because its file or folder is read-only.</source>
        <translation>Does dim modd newid y dyddlyfr oherwydd bod ei ffeil neu ei ffolder yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source>The journal could not be written to the disk (%1).</source>
        <translation>Doedd dim modd ysgrifennu&apos;r dyddlyfr i&apos;r ddisg (%1).</translation>
    </message>
    <message>
        <source>The journal file is damaged. Restore it from a backup copy.</source>
        <translation>Mae ffeil y dyddlyfr wedi&apos;i difrodi. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal could not be read or written: %1</source>
        <translation>Doedd dim modd darllen nac ysgrifennu&apos;r dyddlyfr: %1</translation>
    </message>
</context>
</TS>
