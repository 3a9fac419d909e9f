<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>myfyrio::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflective-practice journal in Welsh and English: write about your practice, find what you wrote, and bring what matters to supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public Licence, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Myfyrio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::ActionStore</name>
    <message>
        <source>An action needs some text saying what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is outside the years 1900 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::Agreement</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementContent</name>
    <message>
        <source>The agreement&apos;s content is not readable: %1 is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement needs the supervisor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement needs the supervisee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date cannot come before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions can be agreed every 1 to 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can be agreed to last up to 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a session format Myfyrio knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the four functions of supervision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementExchange</name>
    <message numerus="yes">
        <source>The agreement was added to this journal with %n version(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This journal already has the same agreement. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file was newer: %n version(s) or signature(s) were added. Nothing was overwritten.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is older than the agreement in this journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies have changed since they were last exchanged. The other copy has been kept beside this one as a new draft for the two of you to settle; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementFile</name>
    <message>
        <source>This is not a Myfyrio agreement file: it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Myfyrio agreement file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement file is damaged: its format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement file was made by a newer Myfyrio. Update Myfyrio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement file is damaged (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 in the agreement file was signed, but its content no longer matches its fingerprint %2: the file has been changed since it was signed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be an agreement file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementStore</name>
    <message>
        <source>The journal&apos;s owner must be the supervisor or the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one agreement has an id starting “%1”; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has ended and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as the supervisor or as the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your full name to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has ended and can no longer be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest version is already signed by both parties. Change the agreement to start a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed does not match the supervisor&apos;s name in the agreement (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed does not match the supervisee&apos;s name in the agreement (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor has already signed this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisee has already signed this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the agreement ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::ApplicationShell</name>
    <message>
        <source>Myfyrio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myfyrio journals (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::Autosaver</name>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1 Your text is kept here and saving will be tried again.</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The disk is full.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupFile</name>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a Myfyrio backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it does not say it is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: its version numbers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Myfyrio. Update Myfyrio, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it holds no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a table “%2” that this journal does not have. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is not a list of records. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: record %2 of the table “%3” is not a record. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a column “%2” in the table “%3” that this journal does not have. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the value of “%2” in record %3 of the table “%4” cannot be stored. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: record %2 of the table “%3” has no “%4”. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupImporter</name>
    <message>
        <source>A record of the table “%1” could not be added (%2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 of the table “%2” is different in the backup; the journal’s version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup refers to records it does not hold (in the table “%1”). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>myfyrio::EmptyJournalPage</name>
    <message>
        <source>Your journal is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about something that happened in your practice: what you did, how it went, and what you would do next time. Everything you write stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureInsight</name>
    <message>
        <source>You have not placed any events on the spectrum in this period.</source>
        <translation>Nid ydych wedi gosod unrhyw ddigwyddiadau ar y sbectrwm yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>You have placed only a few events in this period; a pattern will show as you place more.</source>
        <translation>Dim ond ychydig o ddigwyddiadau rydych wedi&apos;u gosod yn y cyfnod hwn; bydd patrwm yn dod i&apos;r golwg wrth i chi osod rhagor.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period sit at the blameworthy end: it is worth asking what in the system made each one likely.</source>
        <translation>Mae&apos;r rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn ar ben beius y sbectrwm: mae&apos;n werth gofyn beth yn y system a wnaeth bob un yn debygol.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period came from process and complexity, not from people.</source>
        <translation>Daeth y rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn o brosesau a chymhlethdod, nid o bobl.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period came from experiments: the kind of failure that teaches.</source>
        <translation>Daeth y rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn o arbrofion: y math o fethiant sy&apos;n dysgu rhywbeth i chi.</translation>
    </message>
    <message>
        <source>The events you placed in this period are spread across the spectrum, from people to process to experiments.</source>
        <translation>Mae&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn wedi&apos;u gwasgaru ar draws y sbectrwm, o bobl i brosesau i arbrofion.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailurePlacementStore</name>
    <message>
        <source>How much blame you felt must be a number from 0 (none) to 4 (a great deal), not %1.</source>
        <translation>Rhaid i faint o fai a deimloch fod yn rhif o 0 (dim) i 4 (llawer iawn), nid %1.</translation>
    </message>
    <message>
        <source>The reason for the failure is not one of the nine on the spectrum.</source>
        <translation>Nid yw&apos;r rheswm dros y methiant yn un o&apos;r naw ar y sbectrwm.</translation>
    </message>
    <message>
        <source>The journal holds a failure reason this version of Myfyrio does not know: “%1”.</source>
        <translation>Mae&apos;r dyddlyfr yn cynnwys rheswm dros fethiant nad yw&apos;r fersiwn hon o Myfyrio yn ei adnabod: “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureSpectrum</name>
    <message>
        <source>Deviance</source>
        <translation>Gwyro&apos;n fwriadol</translation>
    </message>
    <message>
        <source>Someone chose to break a prescribed process or practice. Ask what made breaking it seem the better choice at the time.</source>
        <translation>Dewisodd rhywun dorri proses neu arfer rhagnodedig. Gofynnwch pam roedd torri&apos;r drefn yn ymddangos yn well dewis ar y pryd.</translation>
    </message>
    <message>
        <source>Inattention</source>
        <translation>Diffyg sylw</translation>
    </message>
    <message>
        <source>Someone drifted from what was intended without meaning to. Inattention at the end of an over-long shift points at whoever set the shift.</source>
        <translation>Crwydrodd rhywun oddi wrth yr hyn a fwriadwyd heb fwriadu gwneud hynny. Mae diffyg sylw ar ddiwedd shifft rhy hir yn pwyntio at bwy bynnag a drefnodd y shifft.</translation>
    </message>
    <message>
        <source>Lack of ability</source>
        <translation>Diffyg gallu</translation>
    </message>
    <message>
        <source>Someone did not have the skills, conditions or training the job needed. That says as much about how the work was set up as about the person.</source>
        <translation>Nid oedd gan rywun y sgiliau, yr amodau na&apos;r hyfforddiant yr oedd eu hangen ar y gwaith. Mae hynny&apos;n dweud cymaint am y ffordd y trefnwyd y gwaith ag am yr unigolyn.</translation>
    </message>
    <message>
        <source>Process inadequacy</source>
        <translation>Proses annigonol</translation>
    </message>
    <message>
        <source>A competent person followed a prescribed process that was faulty or incomplete.</source>
        <translation>Dilynodd person cymwys broses ragnodedig a oedd yn ddiffygiol neu&apos;n anghyflawn.</translation>
    </message>
    <message>
        <source>Task challenge</source>
        <translation>Her y dasg</translation>
    </message>
    <message>
        <source>The task was too hard to do reliably every time.</source>
        <translation>Roedd y dasg yn rhy anodd i&apos;w gwneud yn ddibynadwy bob tro.</translation>
    </message>
    <message>
        <source>Process complexity</source>
        <translation>Cymhlethdod y broses</translation>
    </message>
    <message>
        <source>A process with many parts broke down when those parts met in a way nobody had seen before.</source>
        <translation>Methodd proses â sawl rhan pan ddaeth y rhannau hynny at ei gilydd mewn ffordd nad oedd neb wedi&apos;i gweld o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ansicrwydd</translation>
    </message>
    <message>
        <source>Nobody could see clearly what was coming, and reasonable actions led to a bad result.</source>
        <translation>Ni allai neb weld yn glir beth oedd i ddod, ac arweiniodd camau rhesymol at ganlyniad gwael.</translation>
    </message>
    <message>
        <source>Hypothesis testing</source>
        <translation>Profi rhagdybiaeth</translation>
    </message>
    <message>
        <source>An experiment meant to show that an idea works did not work.</source>
        <translation>Ni weithiodd arbrawf a oedd i fod i ddangos bod syniad yn gweithio.</translation>
    </message>
    <message>
        <source>Exploratory testing</source>
        <translation>Arbrofi archwiliadol</translation>
    </message>
    <message>
        <source>An experiment to learn about a possibility led to a result nobody wanted.</source>
        <translation>Arweiniodd arbrawf i ddysgu am bosibilrwydd at ganlyniad nad oedd neb ei eisiau.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Sylfaenol</translation>
    </message>
    <message>
        <source>Preventable, in known territory, usually with one cause.</source>
        <translation>Y gellir ei atal, mewn tir cyfarwydd, fel arfer ag un achos.</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <source>Several causes together in a familiar setting, often with some bad luck.</source>
        <translation>Sawl achos gyda&apos;i gilydd mewn sefyllfa gyfarwydd, yn aml gydag ychydig o anlwc.</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>Deallus</translation>
    </message>
    <message>
        <source>An unwanted result of a thoughtful step into new territory, kept as small as possible.</source>
        <translation>Canlyniad digroeso i gam meddylgar i dir newydd, a gadwyd mor fach â phosibl.</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Cyson</translation>
    </message>
    <message>
        <source>Familiar work, done the same way each time.</source>
        <translation>Gwaith cyfarwydd, a wneir yr un ffordd bob tro.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Amrywiol</translation>
    </message>
    <message>
        <source>Familiar work whose conditions change from day to day.</source>
        <translation>Gwaith cyfarwydd y mae ei amodau&apos;n newid o ddydd i ddydd.</translation>
    </message>
    <message>
        <source>Novel</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>New territory: nobody here has done this before.</source>
        <translation>Tir newydd: nid oes neb yma wedi gwneud hyn o&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalDelegate</name>
    <message>
        <source>For supervision</source>
        <extracomment>Shown in the journal list on reflections marked to bring to supervision.</extracomment>
        <translation type="unfinished"></translation>
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
    <name>myfyrio::JournalModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month heading in the journal list: %1 is the month&apos;s name, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalPanel</name>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the reflections that contain every word you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reflections with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections match your search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalView</name>
    <message>
        <source>Choose a reflection from the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the reflection “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be removed from your journal for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myfyrio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::MainWindow</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new reflection dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Myfyrio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Myfyrio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

If you close now, those changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and Lose Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelAnswerStore</name>
    <message>
        <source>The reflective model “%1” is not in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a system scale: use person, organisation, place or country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelCatalog</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflective model stored in the journal cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a reflective model with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model “%1” cannot be changed; duplicate it and change the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflective model “%1” is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflective model “%1” is not in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model “%1” cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. Choose another model for them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::OnThisDay</name>
    <message>
        <source>A month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menus and windows change at once. Each reflection keeps its own language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language this reflection is written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections are private. Only the ones you mark to bring to supervision can appear in anything you share with your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? How did it feel? What did you learn, and what will you do next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
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
    <name>myfyrio::ReflectiveModel</name>
    <message>
        <source>“%1” is not a usable model code: use lowercase letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflective model needs a name in both Welsh and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable prompt code: use lowercase letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt code “%1” is used twice in the model “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prompt needs a title in both Welsh and English (prompt “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a system scale (prompt “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::SavedFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::SectionCatalog</name>
    <message>
        <source>Parties and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the supervisor and supervisee are, their roles, the line manager, and who covers when the supervisor is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agreement starts and when it will be reviewed (often after three months, then every year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional standards (Social Work England, the Social Care Wales Code of Professional Practice) and agency policies the supervision works within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the four functions the supervision serves, the four stakeholders, and how the reflective cycle is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practicalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, for how long, where, who books, the format, privacy and interruptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation and agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sets the agenda and how much notice is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation and rescheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are cancelled only for emergencies, rebooked within a set number of working days, and the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safeguarding and practice-safety exceptions, and who may see the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the record, by when, where it is kept, and the supervisee&apos;s right to comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations of each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each wants from the other and will bring: learning style, feedback preferences, power and difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise it in supervision first, then with a named person; how the relationship is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when both parties look at how the supervision relationship is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parties sign with their full names once every section is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::SectionText</name>
    <message>
        <source>Supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee&apos;s role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Frequency: every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Frequency: not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Length: %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Length: not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::SessionStore</name>
    <message>
        <source>A session belongs to an agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the session was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the four functions of supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is owned by the supervisor or the supervisee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reflections marked “bring to supervision” can be on an agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::SystemScale</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>myfyrio::TextUndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
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
