# Certificates of completion (lphm-certificate): the words on the PDF page, in the
# learner's interface language. Names, titles, the issuer and the verification address are
# data and come from elsewhere.

## The certificate, issued and signed by the programme

certificate-heading = Certificate of completion
certificate-preamble = This is to certify that
certificate-completed = has completed the course
certificate-number = Certificate number
certificate-issued-by = Issued by
certificate-verify = Scan the code or open this address to check the certificate:
# The PDF's title, shown in the title bar of a PDF reader.
certificate-document-title = Certificate of completion: { $name }

## The statement of completion, made on the learner's computer before the programme has
## issued a certificate

certificate-statement-heading = Statement of completion
certificate-statement-unverified = Not verified by the programme
certificate-statement-preamble = According to the records on this computer,
certificate-statement-completed = has completed the course
certificate-statement-number = Reference
certificate-programme = Programme
certificate-statement-notice = This statement was made on the learner's computer. The programme has not verified it, and it is not a certificate: the programme issues certificates once the learner's progress has been synced with its server.
certificate-statement-document-title = Statement of completion: { $name }

## On both

certificate-modules = Modules completed
certificate-criteria = Every lesson studied and every quiz passed.
certificate-study-time = Study time
certificate-duration-hours-minutes = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
certificate-duration-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  }
certificate-duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
certificate-completed-on = Completed on
# A date: $day and $month are numbers (month 1 to 12), $year is text.
certificate-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }

## My notes, printed (the rest of that page comes from main.ftl or is the learner's)

# The footer of every page of the notes PDF.
notes-page = Page { $page } of { $pages }
