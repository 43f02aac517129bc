"""Write resources/lexicons/nlp_first_names.txt from the given-name lists below.

The lists were written by hand for this project (public domain). Usage:
    python3 tools/first_names.py > resources/lexicons/nlp_first_names.txt
"""

MALE = """
    aaron abdul abdullah adam adrian ahmed ahmad alan alastair albert alberto alejandro alex
    alexander alexandre alexei alfred ali alistair allan amir andre andrea andreas andres andrew
    andrei andy angus anthony antoine anton antonio archie arjun armando arnold arthur ashley
    austin barack barry bart ben benjamin benny bernard bernie bill billy blake bob bobby boris
    brad bradley brandon brendan brett brian bruce bruno bryan byron calvin cameron carl carlos
    cecil cesar chad charles charlie chris christian christoph christopher chuck clarence clark
    claude clint clive colin connor conor craig curt curtis dale damian damien dan daniel danny
    darren dave david dean dennis derek desmond diego dimitri dirk dominic don donald doug
    douglas duncan dustin dwayne dwight earl ed eddie edgar edmund eduardo edward edwin elijah
    elliot emmanuel enrique eric erik ernest ethan eugene evan fabio felix fernando francesco
    francis francisco frank franklin fred freddie frederick gareth garry gary gavin geoff
    geoffrey george gerald gerard gerhard gianni giles giorgio giovanni glen glenn gordon graham
    grant greg gregory guy hamid hans harold harry harvey hassan hector henri henry herbert
    howard hugh hugo hussein ian igor isaac ivan jack jacob jacques jake james jamie jan jared
    jason javier jay jean jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johan
    johannes john johnny jon jonathan jordan jorge jose josef joseph josh joshua juan julian
    julio justin karim karl keith kelvin ken kenneth kevin khalid kieran kim kirk klaus kofi
    kurt kyle lance larry lars laurence lawrence lee len leo leon leonard leroy lewis liam lloyd
    logan lorenzo louis luc lucas luigi luis luke luther malcolm manuel marc marcel marco marcus
    mario mark martin marvin mathieu matt matteo matthew maurice max maxim michael michel miguel
    mike mikhail milton mitch mitchell mohamed mohammad mohammed muhammad murray nathan neil
    nelson neville nicholas nick nico nicolas nigel noah norman oliver omar oscar otto owen
    pablo paolo pat patrick paul pedro pete peter phil philip philippe phillip pierre rafael
    ralph ramon randy raul ravi ray raymond reggie reginald rex ricardo richard rick ricky rob
    robert roberto robin rod rodney roger roland roman ron ronald ross roy rudolph rudy rupert
    russell ryan salman sam samuel sanjay scott sean sebastian sergei sergio seth shane shaun
    sheldon sidney simon stan stanley stefan steffen stephen steve steven stewart stuart sven
    ted terry theo theodore thierry thomas tim timothy toby todd tom tommy tony travis trevor
    tyler valentin vernon victor vincent vladimir walter warren wayne wesley will william willie
    wolfgang xavier yves yuri zach zachary
""".split()
FEMALE = """
    abigail ada adele adriana agnes aisha alexandra alexis alice alicia alison amanda amber
    amelia amy ana anastasia andrea angela angelina anita ann anna anne annette annie april
    audrey barbara beatrice becky belinda bernadette beth bethany betty beverly bianca brenda
    bridget britney brooke camilla carla carmen carol caroline carolyn cassandra catherine cathy
    cecilia charlotte chelsea cheryl chloe christina christine cindy claire clara claudia
    colleen constance cora courtney cynthia daisy dana daniela danielle daphne deborah debbie
    debra denise diana diane donna doris dorothy edith elaine eleanor elena elisabeth elizabeth
    ella ellen elsa emily emma erica erin esther eva eve evelyn fatima felicity fiona florence
    frances francesca gabriela gabrielle gail gemma georgia geraldine gillian gina giselle
    gloria grace gwen hannah harriet hazel heather heidi helen helena hilary hillary holly ida
    ingrid irene iris isabel isabella isabelle jackie jacqueline jane janet janice jasmine jean
    jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith
    judy julia julie june karen kate katherine kathleen kathryn kathy katie katrina kay kayla
    kelly kim kimberly kirsten kristen kristin laura lauren leah lesley leslie lily linda
    lindsay lindsey lisa liz lois lorna lorraine louise lucia lucy lydia lynn madeleine madison
    maggie mandy margaret margarita maria marian marie marilyn marina marion marjorie martha
    mary maureen megan melanie melissa mercedes meredith mia michelle mildred miranda molly
    monica monique nadia nancy naomi natalia natalie natasha nicola nicole nina nora olga olivia
    paige pamela patricia paula pauline peggy penelope penny phoebe phyllis priya rachel rebecca
    regina rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara
    sarah serena sharon sheila shirley silvia simone sofia sonia sophia sophie stella stephanie
    sue susan suzanne sylvia tamara tanya teresa theresa tiffany tina tracy ursula valerie
    vanessa vera veronica victoria violet virginia vivian wendy whitney yolanda yvonne zoe
""".split()
HEADER = (
    "# Given names, written for this project (public domain): one a line, 'name gender'\n"
    "# (m, f, or u when used for both). Used by app/core/facts/nlp to type a name as a\n"
    "# person's and to resolve 'he'/'she'. Generated by tools/first_names.py."
)


def main() -> None:
    """Print the lexicon: one 'name gender' a line, sorted."""
    both = set(MALE) & set(FEMALE)
    print(HEADER)
    for name in sorted(set(MALE) | set(FEMALE)):
        print(name, "u" if name in both else ("m" if name in MALE else "f"))


if __name__ == "__main__":
    main()
