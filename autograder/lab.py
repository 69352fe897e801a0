"""Student side: `make lab`, the student's JupyterLab, with nbgrader's Validate button and none of
the instructor's nbgrader tools.

    python -m autograder.lab [--language pt_BR] [jupyter lab options]

nbgrader's JupyterLab extension also brings formgrader, Create Assignment and the assignment and
course lists, which need an instructor's course or an exchange that a student's copy does not
have (they only show errors there). This starts JupyterLab with a configuration folder of its own
(first on JUPYTER_CONFIG_PATH, written into the environment's folder) that turns those off:
their lab plugins (disabledExtensions) and their server extensions. Validate stays.

`--language pt_BR` also shows JupyterLab's own menus in that language (its language pack):
the lab keeps user settings of its own for that (JUPYTERLAB_SETTINGS_DIR), with the language set.
"""
import json
import os
import sys
from pathlib import Path

NBGRADER_LAB = "@jupyter/nbgrader"
OFF_IN_LAB = ("menu", "formgrader", "create-assignment", "assignment-list", "course-list")
OFF_ON_SERVER = ("formgrader", "assignment_list", "course_list")


def config_dir(name, lab_plugins, server_extensions):
    """A Jupyter configuration folder that turns off `lab_plugins` and `server_extensions` of nbgrader."""
    folder = Path(sys.prefix) / "etc" / f"nnfs-{name}-lab"
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    (folder / "labconfig" / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {f"{NBGRADER_LAB}:{p}": True for p in lab_plugins}}, indent=1))
    (folder / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"jpserver_extensions": {f"nbgrader.server_extensions.{e}": False
                                               for e in server_extensions}}}, indent=1))
    return folder


def settings_dir(language):
    """JupyterLab user settings that choose `language` for its interface."""
    folder = Path(sys.prefix) / "etc" / f"nnfs-lab-{language}" / "user-settings"
    plugin = folder / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    plugin.parent.mkdir(parents=True, exist_ok=True)
    if not plugin.exists():                  # later changes are the student's own
        plugin.write_text(json.dumps({"locale": language}, indent=1))
    return folder


def launch(folder, args, cwd=None, language=None):
    """Replace this process by JupyterLab, with the configuration folder `folder` (if any) first."""
    env = dict(os.environ)
    if language:
        env["JUPYTERLAB_SETTINGS_DIR"] = str(settings_dir(language))
    if folder:
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(filter(None, [str(folder), env.get("JUPYTER_CONFIG_PATH")]))
    jupyter = Path(sys.executable).parent / "jupyter-lab"
    if cwd:
        os.chdir(cwd)
    os.execve(str(jupyter), [str(jupyter), *args], env)


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    language = None
    if "--language" in args:
        at = args.index("--language")
        language = args[at + 1]
        del args[at:at + 2]
    launch(config_dir("student", OFF_IN_LAB, OFF_ON_SERVER), args, language=language)


if __name__ == "__main__":
    main()
